package cn.lvzhi.ledger;

import java.time.LocalDate;

import cn.lvzhi.shared.Auditable;

/** Somebody exported the standings of a cycle as a workbook. */
public record StandingsExported(int year, LocalDate asOf, Long workstationId, int rows) implements Auditable {

	@Override
	public String action() {
		return "STANDINGS_EXPORTED";
	}

	@Override
	public String recordType() {
		return "STANDINGS";
	}

	@Override
	public String recordId() {
		return null;
	}

	@Override
	public String summary() {
		return "cycle " + year + " as of " + asOf + (workstationId == null ? "" : ", workstation " + workstationId)
				+ ", " + rows + " rows";
	}
}
