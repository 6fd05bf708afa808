package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Where an appeal is routed, as filled in: the handling unit's name, optionally its kind
 * ({@code DEPARTMENT} 职能部门, {@code COMMUNITY} 社区, {@code ENTERPRISE} 企业, given as text so that an
 * unknown value is a 422 naming {@code handlingUnitKind}) and the due date (not before the day the
 * appeal was received).
 */
public record AppealAssignment(String handlingUnit, String handlingUnitKind, LocalDate dueOn) {

	/** Field by field what is wrong for an appeal received on {@code receivedOn}; empty when all is well. */
	public List<FieldViolation> violations(LocalDate receivedOn) {
		var found = new ArrayList<FieldViolation>();
		AppealRegistration.required(found, "handlingUnit", AppealRegistration.clean(handlingUnit),
				AppealRouting.UNIT_MAX);
		String kind = AppealRegistration.clean(handlingUnitKind);
		if (kind != null && kindOf(kind) == null) {
			found.add(new FieldViolation("handlingUnitKind", "casework.validation.one-of",
					String.join(", ", Arrays.stream(AppealUnitKind.values()).map(Enum::name).toList())));
		}
		if (dueOn == null) {
			found.add(new FieldViolation("dueOn", "validation.required"));
		}
		else if (dueOn.isBefore(receivedOn)) {
			found.add(new FieldViolation("dueOn", "casework.validation.due-before-received", receivedOn.toString()));
		}
		return found;
	}

	/** The routing, once {@link #violations} found nothing wrong. */
	AppealRouting routing() {
		String kind = AppealRegistration.clean(handlingUnitKind);
		return new AppealRouting(AppealRegistration.clean(handlingUnit), kind == null ? null : kindOf(kind), dueOn);
	}

	private static AppealUnitKind kindOf(String name) {
		return Arrays.stream(AppealUnitKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
	}
}
