package cn.lvzhi.evaluation;

import java.util.List;
import java.util.stream.Collectors;

import cn.lvzhi.shared.Auditable;

/** The evaluation group was shown complainants' contacts in full (DOMAIN.md: every full view is audited). */
public record ComplaintContactViewed(List<Long> complaintIds) implements Auditable {

	@Override
	public String action() {
		return complaintIds.size() == 1 ? "COMPLAINT_CONTACT_VIEWED" : "COMPLAINT_CONTACTS_VIEWED";
	}

	@Override
	public String recordType() {
		return "COMPLAINT";
	}

	@Override
	public String recordId() {
		return complaintIds.size() == 1 ? Long.toString(complaintIds.get(0)) : null;
	}

	@Override
	public String summary() {
		return "contact shown in full: complaints "
				+ complaintIds.stream().map(String::valueOf).collect(Collectors.joining(","));
	}
}
