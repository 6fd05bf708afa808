package cn.lvzhi.yearend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import cn.lvzhi.ledger.EntryKind;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.ledger.LedgerEntry;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.Standards;
import cn.lvzhi.yearend.YearEndSheets.Line;

/**
 * A representative's points of a year by item of the standard and quarter, from their ledger
 * statement: each entry in the quarter of its {@code occurredOn}; an item titled as in the latest
 * standard version its entries were booked under; the adjustments on a line of their own, last.
 */
@Component
class PointsByItem {

	private final Ledger ledger;

	private final Standards standards;

	PointsByItem(Ledger ledger, Standards standards) {
		this.ledger = ledger;
		this.standards = standards;
	}

	/** The lines, by item code, then the adjustments if any; and the points of every line together. */
	record Breakdown(List<Line> lines, QuarterPoints totals) {
	}

	Breakdown of(CurrentUser user, long representativeId, int year) {
		Ledger.Statement statement = ledger.statement(user, representativeId, year);
		var byItem = new TreeMap<Integer, QuarterPoints>();
		var latestVersion = new HashMap<Integer, Integer>();
		QuarterPoints adjustments = QuarterPoints.NONE;
		boolean adjusted = false;
		QuarterPoints totals = QuarterPoints.NONE;
		for (LedgerEntry e : statement.entries()) {
			QuarterPoints points = QuarterPoints.on(e.occurredOn(), e.points());
			totals = totals.plus(points);
			if (e.kind() == EntryKind.ADJUSTED || e.itemCode() == null) {
				adjustments = adjustments.plus(points);
				adjusted = true;
			}
			else {
				byItem.merge(e.itemCode(), points, QuarterPoints::plus);
				if (e.standardVersion() != null) {
					latestVersion.merge(e.itemCode(), e.standardVersion(), Math::max);
				}
			}
		}
		var items = new HashMap<Integer, Map<Integer, StandardItem>>();
		var lines = new ArrayList<Line>();
		byItem.forEach((code, quarters) -> {
			Integer version = latestVersion.get(code);
			StandardItem item = version == null ? null
					: items.computeIfAbsent(version, n -> itemsOf(user.districtId(), n)).get(code);
			lines.add(new Line(code, item == null ? "" : item.title(), item == null ? null : item.category(),
					quarters.asList(), quarters.total()));
		});
		if (adjusted) {
			lines.add(new Line(null, null, null, adjustments.asList(), adjustments.total()));
		}
		return new Breakdown(List.copyOf(lines), totals);
	}

	private Map<Integer, StandardItem> itemsOf(long district, int version) {
		var byCode = new HashMap<Integer, StandardItem>();
		standards.version(district, version).items().forEach(i -> byCode.put(i.code(), i));
		return byCode;
	}
}
