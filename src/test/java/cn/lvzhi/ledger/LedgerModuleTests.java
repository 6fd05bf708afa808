package cn.lvzhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;

import cn.lvzhi.Actor;
import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityRevoked;
import cn.lvzhi.activities.ActivityVerified;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Role;

/**
 * The ledger with the modules it depends on: when activities announce a verification, the ledger
 * books the record's points for its representative and cycle in the same transaction; when they
 * announce a revocation, it reverses them with the reason.
 */
@ModuleTest
class LedgerModuleTests {

	static final int YEAR = 2022;

	final Fixtures fixtures;

	final Activities activities;

	final Ledger ledger;

	final Actor office;

	final Actor group;

	LedgerModuleTests(ApplicationContext context, Activities activities, Ledger ledger) {
		this.fixtures = new Fixtures(context);
		this.activities = activities;
		this.ledger = ledger;
		this.office = Actor.of("ledger-office", fixtures.district, Role.OFFICE);
		this.group = Actor.of("ledger-group", fixtures.district, Role.EVALUATION_GROUP);
	}

	ActivityRecord recorded(Representative rep, int item) {
		return activities.create(office, rep.id(),
				new ActivityDetails(item, LocalDate.of(YEAR, 4, 1), Fixtures.unique("值班"), null, null, null, null));
	}

	Ledger.Statement statementOf(Representative rep) {
		return ledger.statement(office, rep.id(), YEAR);
	}

	@Test
	void anActivityVerifiedEventBooksTheRecordsPoints(Scenario scenario) {
		Representative rep = fixtures.representativeSince(fixtures.community(), null, LocalDate.of(2015, 1, 1));
		ActivityRecord record = recorded(rep, 1);
		scenario.stimulate(() -> activities.verify(office, record.id(), null))
			.andWaitForEventOfType(ActivityVerified.class)
			.matching(verified -> verified.activityId() == record.id())
			.toArriveAndVerify(verified -> {
				assertThat(verified.representativeId()).isEqualTo(rep.id());
				Ledger.Statement statement = statementOf(rep);
				assertThat(statement.total()).isEqualTo(5);
				assertThat(statement.entries()).singleElement()
					.satisfies(entry -> assertThat(entry.activityId()).isEqualTo(record.id()));
			});
	}

	@Test
	void anActivityRevokedEventReversesThePointsWithTheReason(Scenario scenario) {
		Representative rep = fixtures.representativeSince(fixtures.community(), null, LocalDate.of(2015, 1, 1));
		ActivityRecord record = activities.verify(office, recorded(rep, 1).id(), null);
		assertThat(statementOf(rep).total()).isEqualTo(5);
		scenario.stimulate(() -> activities.revoke(group, record.id(), "重复登记"))
			.andWaitForEventOfType(ActivityRevoked.class)
			.matching(revoked -> revoked.activityId() == record.id())
			.toArriveAndVerify(revoked -> {
				Ledger.Statement statement = statementOf(rep);
				assertThat(statement.total()).isZero();
				assertThat(statement.entries()).extracting(LedgerEntry::reason)
					.contains(Ledger.REVOKED + "重复登记");
			});
	}
}
