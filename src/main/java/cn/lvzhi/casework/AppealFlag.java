package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an unresolved appeal is flagged on the workstation's and the office's lists as a candidate
 * for an on-site meeting, a hearing, an inquiry or questioning (Opinion §1.3): past its due date,
 * or unresolved for longer than {@code lvzhi.casework.unresolved-days} since it was received.
 */
public enum AppealFlag {
	PAST_DUE, LONG_UNRESOLVED;

	/** The flags of an appeal in {@code status} on {@code today}; none once it is resolved. */
	public static List<AppealFlag> of(AppealStatus status, LocalDate receivedOn, LocalDate dueOn, LocalDate today,
			int unresolvedDays) {
		var flags = new ArrayList<AppealFlag>();
		if (!status.isUnresolved()) {
			return flags;
		}
		if (dueOn != null && dueOn.isBefore(today)) {
			flags.add(PAST_DUE);
		}
		if (receivedOn.plusDays(unresolvedDays).isBefore(today)) {
			flags.add(LONG_UNRESOLVED);
		}
		return flags;
	}
}
