package cn.lvzhi.publication;

import java.util.Map;

import cn.lvzhi.standard.Category;

/**
 * One representative in a list, as it was when the list was drafted: their community
 * workstation, cycle points by category, adjustments, the total, the points of the quarter and
 * both competition ranks.
 */
public record PublicationRow(long representativeId, String name, long workstationId, String workstationName,
		Map<Category, Integer> byCategory, int adjustments, int total, int quarterPoints, int rankInWorkstation,
		int rankOverall) {

	public PublicationRow {
		byCategory = Map.copyOf(byCategory);
	}

	public int points(Category category) {
		return byCategory.getOrDefault(category, 0);
	}
}
