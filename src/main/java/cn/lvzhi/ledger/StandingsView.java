package cn.lvzhi.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The standings of a cycle as of a day: records dated up to that day and verified now; rows
 * grouped by community workstation in display order, then by rank in it, then by name.
 */
public record StandingsView(int year, LocalDate asOf, List<StandingsRow> rows) {
}
