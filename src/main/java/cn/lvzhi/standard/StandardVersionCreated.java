package cn.lvzhi.standard;

import java.time.LocalDate;

import cn.lvzhi.shared.Auditable;

/** The office created a new version of a district's standard. */
public record StandardVersionCreated(long districtId, long versionId, int version, String name,
		LocalDate effectiveFrom, int itemCount) implements Auditable {

	@Override
	public String action() {
		return "STANDARD_VERSION_CREATED";
	}

	@Override
	public String recordType() {
		return "STANDARD_VERSION";
	}

	@Override
	public String recordId() {
		return Long.toString(versionId);
	}

	@Override
	public String summary() {
		return "version " + version + " (" + name + ") effective from " + effectiveFrom + ", " + itemCount + " items";
	}
}
