package cn.lvzhi.casework;

import java.time.LocalDate;

/**
 * Where an appeal was routed: the handling unit's name, optionally its kind (an extension of
 * API.md) and the day its answer is due.
 */
public record AppealRouting(String handlingUnit, AppealUnitKind handlingUnitKind, LocalDate dueOn) {

	public static final int UNIT_MAX = 100;
}
