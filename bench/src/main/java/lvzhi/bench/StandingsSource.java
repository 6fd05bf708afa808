package lvzhi.bench;

import java.time.LocalDate;
import java.util.List;

/** One way of computing the standings of one cycle: the application's, or a hand-written SQL floor. */
public interface StandingsSource {

	String label();

	List<Row> standings(long districtId, int year, LocalDate asOf);

	/** A standings row as API.md's Points section has it, categories spelled out. */
	record Row(long representativeId, String name, long workstationId, String workstationName, int service,
			int deliberation, int supervision, int exemplary, int adjustments, int total, int rankInWorkstation,
			int rankOverall) {
	}
}
