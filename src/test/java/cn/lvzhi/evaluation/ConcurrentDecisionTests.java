package cn.lvzhi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.lvzhi.Actor;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Two people at the same moment: two review requests of one record, two decisions of one review.
 * Exactly one of each is accepted, the other is a 409, and nothing is booked twice.
 */
abstract class ConcurrentDecisionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Activities activities;

	@Autowired
	Reviews reviews;

	@Autowired
	JdbcClient jdbc;

	/** Runs both at once and answers how many succeeded; any failure must be a 409. */
	static int together(Callable<?> a, Callable<?> b) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			var start = new CountDownLatch(1);
			List<Future<?>> futures = new ArrayList<>();
			for (Callable<?> task : List.of(a, b)) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			int ok = 0;
			for (Future<?> f : futures) {
				try {
					f.get();
					ok++;
				}
				catch (java.util.concurrent.ExecutionException e) {
					assertThat(e.getCause()).isInstanceOf(Problem.Conflict.class);
				}
			}
			return ok;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void twoSimultaneousDecisionsOfOneReviewBookOneAdjustment() throws Exception {
		var fixtures = new Fixtures(context);
		Representative rep = fixtures.representativeSince(fixtures.community(), null, LocalDate.of(2015, 1, 1));
		var office = Actor.of(fixtures.user(Role.OFFICE), fixtures.district, Role.OFFICE);
		var representative = Actor.representative(fixtures.userOf(rep), fixtures.district, rep.id());
		var first = Actor.of(fixtures.user(Role.EVALUATION_GROUP), fixtures.district, Role.EVALUATION_GROUP);
		var second = Actor.of(fixtures.user(Role.EVALUATION_GROUP), fixtures.district, Role.EVALUATION_GROUP);
		ActivityRecord record = activities.create(office, rep.id(),
				new ActivityDetails(1, LocalDate.of(2021, 3, 15), "值班", null, null, null, null));
		activities.verify(office, record.id(), null);

		int requested = together(() -> reviews.request(representative, record.id(), "一"),
				() -> reviews.request(representative, record.id(), "二"));
		assertThat(requested).isEqualTo(1);
		long review = jdbc.sql("select id from review_request where activity_id = ?").param(record.id())
			.query(Long.class).single();

		var adjust = new Decision(Outcome.AMENDED, "加分", new Amendment(Amendment.Type.ADJUST, 2));
		int decided = together(() -> reviews.decide(first, review, adjust), () -> reviews.decide(second, review, adjust));
		assertThat(decided).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from ledger_entry where representative_id = ? and kind = 'ADJUSTED'")
			.param(rep.id()).query(Long.class).single()).isEqualTo(1L);
	}

	@OnH2
	static class OnH2Tests extends ConcurrentDecisionTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ConcurrentDecisionTests {
	}
}
