package cn.lvzhi.roster;

import cn.lvzhi.shared.Auditable;

/**
 * Something that happened to the roster: a workstation or representative created, changed or
 * ended, a sheet imported or exported. Published inside the transaction of the change; the audit
 * trail records it. Summaries carry no unmasked phone numbers.
 */
public record RosterEvent(String action, String recordType, String recordId, String summary) implements Auditable {

	public static final String WORKSTATION = "WORKSTATION";

	public static final String REPRESENTATIVE = "REPRESENTATIVE";

	static RosterEvent of(String action, Workstation workstation) {
		return new RosterEvent(action, WORKSTATION, String.valueOf(workstation.id()),
				workstation.type() + " " + workstation.name() + " #" + workstation.displayOrder());
	}

	static RosterEvent of(String action, Representative representative, String summary) {
		return new RosterEvent(action, REPRESENTATIVE, String.valueOf(representative.id()),
				representative.name() + (summary == null || summary.isEmpty() ? "" : ": " + summary));
	}
}
