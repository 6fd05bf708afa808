package cn.lvzhi.ledger;

import java.util.Map;

import cn.lvzhi.standard.Category;

/**
 * One representative in the standings: their community workstation, cycle points by category,
 * manual adjustments, the total (the four categories + adjustments), and competition ranks
 * (1, 2, 2, 4) inside the community workstation and in the whole district.
 */
public record StandingsRow(long representativeId, String name, long workstationId, String workstationName,
		int total, Map<Category, Integer> byCategory, int adjustments, int rankInWorkstation, int rankOverall) {
}
