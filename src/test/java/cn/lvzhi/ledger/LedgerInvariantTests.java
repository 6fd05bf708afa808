package cn.lvzhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.lvzhi.Actor;
import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.RecordSource;
import cn.lvzhi.activities.CaseworkItem;
import cn.lvzhi.activities.SourcedRecords;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Satisfaction;

/**
 * The ledger invariant (DOMAIN.md 5), tested with thousands of random operations — report,
 * enter, record, verify, verify after review, reject, return, amend, revoke, adjust — across
 * representatives and cycles, with the item-9 cap and an item scored by satisfaction. After each
 * operation, for every representative and cycle: the sum of the ledger entries equals a pure
 * recomputation written here independently (from this test's own model of the verified records
 * and adjustments), each record's entries sum to its recomputed points, and ledger_account equals
 * the entries' sums. The workflow's answers (success, 409, 422) are checked against the model too.
 *
 * <p>Seeded: {@code -Dlvzhi.seed=...} (default {@value #DEFAULT_SEED}) and
 * {@code -Dlvzhi.ledger.operations=...}; every failure message names the seed.
 */
@ModuleTest
class LedgerInvariantTests {

	static final long DEFAULT_SEED = 20261127L;

	static final int DEFAULT_OPERATIONS = 2000;

	static final int[] CYCLES = { 2016, 2017, 2018 };

	/** DOMAIN.md's table for the items used here: item → points (item 3 by satisfaction, item 9 capped at 9). */
	static final Map<Integer, Integer> POINTS = Map.of(1, 5, 6, 10, 9, 3, 14, 20);

	static final int CAP_ITEM = 9;

	static final int CAP = 9;

	static final int SATISFACTION_ITEM = 3;

	static final Map<Integer, String> CATEGORY = Map.of(1, "SERVICE", 3, "SERVICE", 6, "DELIBERATION", 9,
			"DELIBERATION", 14, "EXEMPLARY");

	@Autowired
	ApplicationContext context;

	@Autowired
	Activities activities;

	@Autowired
	SourcedRecords sourcedRecords;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	/** This test's own picture of a record. */
	static final class Rec {
		final long id;
		final long representative;
		int item;
		LocalDate day;
		Satisfaction satisfaction;
		ActivityStatus status;

		Rec(long id, long representative, int item, LocalDate day, Satisfaction satisfaction, ActivityStatus status) {
			this.id = id;
			this.representative = representative;
			this.item = item;
			this.day = day;
			this.satisfaction = satisfaction;
			this.status = status;
		}
	}

	record Key(long representative, int cycle) {
	}

	final List<Rec> records = new ArrayList<>();

	final Map<Key, Integer> adjustments = new HashMap<>();

	Random random;

	long seed;

	@Test
	void ledgerAlwaysEqualsAPureRecomputationOfVerifiedRecordsAndAdjustments() {
		seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		int operations = Integer.getInteger("lvzhi.ledger.operations", DEFAULT_OPERATIONS);
		random = new Random(seed);
		var fixture = new Fixtures(context);
		long district = fixture.district;
		Workstation ws = fixture.community();
		var reps = new ArrayList<Representative>();
		for (int i = 0; i < 3; i++) {
			reps.add(fixture.representativeSince(ws, null, LocalDate.of(2015, 1, 1)));
		}
		Actor staff = Actor.staff("inv-staff", district, ws.id());
		Actor office = Actor.of("inv-office", district, Role.OFFICE);
		Actor group = Actor.of("inv-group", district, Role.EVALUATION_GROUP);
		var stats = new HashMap<String, Integer>();
		for (int op = 0; op < operations; op++) {
			String done = step(op, reps, staff, office, group, district);
			stats.merge(done, 1, Integer::sum);
			check(op, done, reps);
		}
		// The run exercised what it claims to: caps, revocations, adjustments, refusals.
		assertThat(stats).as("seed %d: %s", seed, stats)
			.containsKeys("verify", "revoke", "adjust", "amend", "verify-after-review", "conflict");
		long capped = jdbc.sql("select count(*) from ledger_entry where reason = 'capped' and representative_id in (:ids)")
			.param("ids", reps.stream().map(Representative::id).toList())
			.query(Long.class)
			.single();
		assertThat(capped).as("seed %d: capped entries", seed).isPositive();
	}

	private String step(int op, List<Representative> reps, Actor staff, Actor office, Actor group, long district) {
		int dice = random.nextInt(100);
		if (dice < 22 || records.size() < 5) {
			Representative r = reps.get(random.nextInt(reps.size()));
			ActivityDetails details = randomDetails();
			// Items of casework (3 rated, 9 co-signed) come only from their source, as RECORDED.
			boolean sourced = CaseworkItem.isCaseworkOnly(details.itemCode());
			boolean self = random.nextBoolean() && !sourced;
			Actor who = self ? Actor.representative("inv-rep-" + r.id(), district, r.id()) : staff;
			long id = sourced ? sourcedRecords.record(staff, r.id(), details, RecordSource.appeal(op)).id()
					: activities.create(who, r.id(), details).id();
			records.add(new Rec(id, r.id(), details.itemCode(), details.occurredOn(), details.satisfaction(),
					self ? ActivityStatus.SUBMITTED : ActivityStatus.RECORDED));
			return "create";
		}
		if (dice < 28) {
			Representative r = reps.get(random.nextInt(reps.size()));
			int cycle = CYCLES[random.nextInt(CYCLES.length)];
			int points = (random.nextInt(20) + 1) * (random.nextBoolean() ? 1 : -1);
			ledger.adjust(group, r.id(), cycle, points, "随机调整 " + op);
			adjustments.merge(new Key(r.id(), cycle), points, Integer::sum);
			return "adjust";
		}
		Rec rec = records.get(random.nextInt(records.size()));
		String action;
		ActivityStatus target;
		Runnable call;
		if (dice < 40) {
			action = "record";
			target = rec.status == ActivityStatus.SUBMITTED ? ActivityStatus.RECORDED : null;
			call = () -> activities.record(staff, rec.id);
		}
		else if (dice < 68) {
			action = "verify";
			target = rec.status == ActivityStatus.RECORDED ? ActivityStatus.VERIFIED : null;
			call = () -> activities.verify(office, rec.id, null);
		}
		else if (dice < 73) {
			action = "verify-after-review";
			target = rec.status == ActivityStatus.REJECTED ? ActivityStatus.VERIFIED : null;
			call = () -> activities.verify(group, rec.id, "复核认定 " + op);
		}
		else if (dice < 79) {
			action = "reject";
			target = rec.status == ActivityStatus.SUBMITTED || rec.status == ActivityStatus.RECORDED
					? ActivityStatus.REJECTED : null;
			call = () -> activities.reject(office, rec.id, "不予认定 " + op);
		}
		else if (dice < 86) {
			action = "return";
			target = rec.status == ActivityStatus.RECORDED ? ActivityStatus.RETURNED : null;
			call = () -> activities.returnForInformation(office, rec.id, "请补充 " + op);
		}
		else if (dice < 93) {
			action = "amend";
			target = rec.status == ActivityStatus.RETURNED ? ActivityStatus.SUBMITTED : null;
			ActivityDetails drawn = randomDetails();
			// A record from casework keeps its item and rating; any other may not take casework's items.
			boolean sourced = CaseworkItem.isCaseworkOnly(rec.item);
			ActivityDetails details = sourced || !CaseworkItem.isCaseworkOnly(drawn.itemCode()) ? drawn
					: new ActivityDetails(1, drawn.occurredOn(), drawn.title(), null, null, null, null);
			call = () -> {
				activities.amend(Actor.representative("inv-rep-" + rec.representative, district, rec.representative),
						rec.id, details);
				if (!sourced) {
					rec.item = details.itemCode();
					rec.satisfaction = details.satisfaction();
				}
				rec.day = details.occurredOn();
			};
		}
		else {
			action = "revoke";
			target = rec.status == ActivityStatus.VERIFIED ? ActivityStatus.REVOKED : null;
			call = () -> activities.revoke(group, rec.id, "撤销 " + op);
		}
		boolean needsRating = target == ActivityStatus.VERIFIED && rec.item == SATISFACTION_ITEM
				&& rec.satisfaction == null;
		try {
			call.run();
			if (target == null || needsRating) {
				fail("seed %d, operation %d: %s of %d in state %s should have been refused", seed, op, action, rec.id,
						rec.status);
			}
			rec.status = target;
			return action;
		}
		catch (Problem.Conflict conflict) {
			assertThat(target).as("seed %d, operation %d: %s of %d in state %s refused", seed, op, action, rec.id,
					rec.status).isNull();
			return "conflict";
		}
		catch (Problem.Invalid invalid) {
			assertThat(needsRating).as("seed %d, operation %d: %s of %d refused as invalid: %s", seed, op, action,
					rec.id, invalid.fields()).isTrue();
			return "invalid";
		}
	}

	private ActivityDetails randomDetails() {
		int[] items = { 9, 9, 9, 9, 3, 3, 1, 6, 14 };
		int item = items[random.nextInt(items.length)];
		int cycle = CYCLES[random.nextInt(CYCLES.length)];
		// Few distinct days, so that records share a day and the cap's order falls back to creation.
		LocalDate day = LocalDate.of(cycle, 1 + random.nextInt(12), 1 + 7 * random.nextInt(3));
		Satisfaction satisfaction = random.nextInt(4) == 0 ? null
				: Satisfaction.values()[random.nextInt(Satisfaction.values().length)];
		return new ActivityDetails(item, day, "随机记录", null, null, null, satisfaction);
	}

	/** The pure recomputation: each verified record's points, by the rules of DOMAIN.md's table. */
	Map<Long, Integer> expectedPoints() {
		var result = new HashMap<Long, Integer>();
		var capUsed = new HashMap<Key, Integer>();
		records.stream()
			.filter(r -> r.status == ActivityStatus.VERIFIED)
			.sorted(Comparator.comparing((Rec r) -> r.day).thenComparingLong(r -> r.id))
			.forEach(r -> {
				int raw = r.item == SATISFACTION_ITEM ? switch (r.satisfaction) {
					case VERY_SATISFIED -> 6;
					case BASICALLY_SATISFIED -> 5;
					case DISSATISFIED -> 0;
				} : POINTS.get(r.item);
				if (r.item == CAP_ITEM) {
					Key key = new Key(r.representative, r.day.getYear());
					int used = capUsed.getOrDefault(key, 0);
					raw = Math.max(0, Math.min(raw, CAP - used));
					capUsed.put(key, used + raw);
				}
				result.put(r.id, raw);
			});
		return result;
	}

	private void check(int op, String done, List<Representative> reps) {
		Map<Long, Integer> expected = expectedPoints();
		var expectedTotals = new HashMap<Key, Integer>(adjustments);
		var expectedByCategory = new HashMap<String, Integer>();
		for (Rec r : records) {
			int points = expected.getOrDefault(r.id, 0);
			expectedTotals.merge(new Key(r.representative, r.day.getYear()), points, Integer::sum);
			expectedByCategory.merge(r.representative + "/" + r.day.getYear() + "/" + CATEGORY.get(r.item), points,
					Integer::sum);
		}
		List<Long> ids = reps.stream().map(Representative::id).toList();
		var entryTotals = new HashMap<Key, Integer>();
		var entryCategories = new HashMap<String, Integer>();
		jdbc.sql("""
				select representative_id, cycle, coalesce(category, 'ADJUSTED'), sum(points) from ledger_entry
				where representative_id in (:ids) group by representative_id, cycle, coalesce(category, 'ADJUSTED')""")
			.param("ids", ids)
			.query((rs, n) -> {
				entryTotals.merge(new Key(rs.getLong(1), rs.getInt(2)), rs.getInt(4), Integer::sum);
				return entryCategories.put(rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), rs.getInt(4));
			})
			.list();
		String where = "seed " + seed + ", after operation " + op + " (" + done + ")";
		for (Representative r : reps) {
			for (int cycle : CYCLES) {
				Key key = new Key(r.id(), cycle);
				assertThat(entryTotals.getOrDefault(key, 0)).as("%s: ledger sum of %s", where, key)
					.isEqualTo(expectedTotals.getOrDefault(key, 0));
				for (String category : List.of("SERVICE", "DELIBERATION", "EXEMPLARY")) {
					String k = r.id() + "/" + cycle + "/" + category;
					assertThat(entryCategories.getOrDefault(k, 0)).as("%s: %s", where, k)
						.isEqualTo(expectedByCategory.getOrDefault(k, 0));
				}
			}
		}
		// ledger_account is the entries' sums, category by category.
		jdbc.sql("select * from ledger_account where representative_id in (:ids)").param("ids", ids).query((rs, n) -> {
			String prefix = rs.getLong("representative_id") + "/" + rs.getInt("cycle") + "/";
			for (String column : List.of("SERVICE", "DELIBERATION", "SUPERVISION", "EXEMPLARY", "ADJUSTED")) {
				String name = column.equals("ADJUSTED") ? "adjustments" : column.toLowerCase();
				assertThat(rs.getInt(name)).as("%s: account %s%s", where, prefix, column)
					.isEqualTo(entryCategories.getOrDefault(prefix + column, 0));
			}
			assertThat(rs.getInt("total")).as("%s: account total %s", where, prefix)
				.isEqualTo(entryTotals.getOrDefault(new Key(rs.getLong("representative_id"), rs.getInt("cycle")), 0));
			return null;
		}).list();
		// Each record's entries sum to its recomputed points (0 for those not verified).
		var perRecord = new HashMap<Long, Integer>();
		jdbc.sql("select activity_id, sum(points) from ledger_entry where representative_id in (:ids)"
				+ " and activity_id is not null group by activity_id")
			.param("ids", ids)
			.query((rs, n) -> perRecord.put(rs.getLong(1), rs.getInt(2)))
			.list();
		for (Rec r : records) {
			assertThat(perRecord.getOrDefault(r.id, 0)).as("%s: points of record %d (%s, item %d, %s)", where, r.id,
					r.status, r.item, r.day).isEqualTo(expected.getOrDefault(r.id, 0));
		}
	}
}
