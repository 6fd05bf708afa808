package cn.lvzhi.casework;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of an appeal: the state it reached, what was done, who did it ({@code null}: the
 * constituent through the rating link), when, and a note (the unit, the result, the rating...).
 */
@Table("appeal_history")
public record AppealHistory(AppealStatus status, AppealAction action, String byUsername, Instant at, String note) {
}
