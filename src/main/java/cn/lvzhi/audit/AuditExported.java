package cn.lvzhi.audit;

import cn.lvzhi.shared.Auditable;

/** The auditor exported (part of) the audit trail: that, too, belongs in the trail. */
public record AuditExported(String summary) implements Auditable {

	@Override
	public String action() {
		return "AUDIT_EXPORTED";
	}

	@Override
	public String recordType() {
		return "AUDIT_ENTRY";
	}

	@Override
	public String recordId() {
		return null;
	}
}
