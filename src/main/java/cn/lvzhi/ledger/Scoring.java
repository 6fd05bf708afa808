package cn.lvzhi.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import cn.lvzhi.activities.VerifiedActivity;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Category;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.StandardVersion;

/**
 * The points each verified record of one representative and cycle should have, as a pure
 * function of the records and the standard (DOMAIN.md 2 and 5): each record scores by the rule
 * of the version in force on its day; where a rule caps an item per cycle, the item's records
 * count in order of their day, then of creation (id), until the cap is reached; the rest score 0
 * and say "capped". The ledger appends whatever differs from this.
 */
final class Scoring {

	private Scoring() {
	}

	/** The desired points of one record, with what the entry records about it. */
	record Score(long activityId, int itemCode, Category category, int standardVersion, LocalDate occurredOn,
			int points, boolean capped) {
	}

	static Map<Long, Score> score(List<VerifiedActivity> verified, Function<LocalDate, StandardVersion> versionOn) {
		var result = new LinkedHashMap<Long, Score>();
		Map<Integer, Integer> countedPerItem = new HashMap<>();
		List<VerifiedActivity> ordered = verified.stream()
			.sorted(Comparator.comparing(VerifiedActivity::occurredOn).thenComparingLong(VerifiedActivity::id))
			.toList();
		for (VerifiedActivity activity : ordered) {
			StandardVersion version = versionOn.apply(activity.occurredOn());
			Optional<StandardItem> item = version.item(activity.itemCode());
			if (item.isEmpty()) {
				// Cannot happen for records checked on creation; score nothing rather than guess.
				result.put(activity.id(), new Score(activity.id(), activity.itemCode(), null, version.number(),
						activity.occurredOn(), 0, false));
				continue;
			}
			int raw = raw(item.get(), activity);
			OptionalInt cap = item.get().rule().capPerCycle();
			int points = raw;
			if (cap.isPresent()) {
				int counted = countedPerItem.getOrDefault(activity.itemCode(), 0);
				points = Math.max(0, Math.min(raw, cap.getAsInt() - counted));
				countedPerItem.put(activity.itemCode(), counted + points);
			}
			result.put(activity.id(), new Score(activity.id(), activity.itemCode(), item.get().category(),
					version.number(), activity.occurredOn(), points, points < raw));
		}
		return result;
	}

	private static int raw(StandardItem item, VerifiedActivity activity) {
		try {
			return item.pointsFor(activity.satisfaction());
		}
		catch (Problem.Invalid noRating) {
			// Verification refuses such a record; were the rule changed afterwards, it scores 0.
			return 0;
		}
	}
}
