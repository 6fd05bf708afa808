package lvzhi.bench.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;

import cn.lvzhi.ledger.Standings;
import lvzhi.bench.StandingsSource;

/**
 * (a) The standings through the application's own service, {@code Standings#of} (ISSUE3.md), in
 * the running application context. Compiled only when {@code cn.lvzhi.ledger.Standings} exists
 * (the {@code bench-ledger} profile of pom.xml); {@code var} keeps this independent of where the
 * view and row types are declared.
 */
public final class AppStandings implements StandingsSource {

	private final Standings standings;

	public AppStandings(ApplicationContext context) {
		this.standings = context.getBean(Standings.class);
	}

	@Override
	public String label() {
		return "(a) application: Standings#of";
	}

	@Override
	public List<Row> standings(long districtId, int year, LocalDate asOf) {
		var view = standings.of(districtId, year, asOf, null);
		List<Row> rows = new ArrayList<>(view.rows().size());
		for (var r : view.rows()) {
			int service = 0;
			int deliberation = 0;
			int supervision = 0;
			int exemplary = 0;
			for (var e : r.byCategory().entrySet()) {
				int points = e.getValue() == null ? 0 : e.getValue().intValue();
				switch (e.getKey().toString()) {
					case "SERVICE" -> service = points;
					case "DELIBERATION" -> deliberation = points;
					case "SUPERVISION" -> supervision = points;
					case "EXEMPLARY" -> exemplary = points;
					default -> throw new IllegalStateException("unknown category " + e.getKey());
				}
			}
			Number representativeId = r.representativeId();
			Number workstationId = r.workstationId();
			Number total = r.total();
			Number adjustments = r.adjustments();
			Number rankInWorkstation = r.rankInWorkstation();
			Number rankOverall = r.rankOverall();
			rows.add(new Row(representativeId.longValue(), r.name(), workstationId.longValue(), r.workstationName(),
					service, deliberation, supervision, exemplary, adjustments.intValue(), total.intValue(),
					rankInWorkstation.intValue(), rankOverall.intValue()));
		}
		return rows;
	}
}
