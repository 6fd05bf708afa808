package cn.lvzhi.casework;

import java.util.List;
import java.util.stream.Collectors;

import cn.lvzhi.shared.Auditable;

/**
 * A handler was shown constituents' names, phones and addresses in full (DOMAIN.md: every full
 * view is audited): on an appeal's page or answer ({@code exported} false), or in an export.
 */
public record AppealPersonalDataViewed(List<Long> appealIds, boolean exported) implements Auditable {

	@Override
	public String action() {
		return exported ? "APPEALS_EXPORTED_UNMASKED" : "APPEAL_PERSONAL_DATA_VIEWED";
	}

	@Override
	public String recordType() {
		return "APPEAL";
	}

	@Override
	public String recordId() {
		return appealIds.size() == 1 ? Long.toString(appealIds.get(0)) : null;
	}

	@Override
	public String summary() {
		return (exported ? "exported" : "shown") + " in full: appeals "
				+ appealIds.stream().map(String::valueOf).collect(Collectors.joining(","));
	}
}
