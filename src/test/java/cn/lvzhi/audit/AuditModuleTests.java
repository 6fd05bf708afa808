package cn.lvzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.lvzhi.Actor;
import cn.lvzhi.Fixtures;
import cn.lvzhi.ModuleTest;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Auditable;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.Role;

/**
 * The audit module listens to every {@link Auditable} event of any module and appends an entry:
 * who (the signed-in user, a named actor, or a visitor), what, which record, and whether it
 * succeeded. Published here as any module publishes them.
 */
@ModuleTest
class AuditModuleTests {

	/** An event of some module, as the audit trail sees it: only the contract. */
	record Happened(String action, String recordType, String recordId, String summary, String actor,
			boolean success) implements Auditable {
	}

	final AuditTrail trail;

	final long district;

	AuditModuleTests(AuditTrail trail, Districts districts) {
		this.trail = trail;
		this.district = districts.defaultDistrict().id();
	}

	List<AuditEntry> entriesOf(String recordId) {
		return trail.search(district, new AuditFilter(null, null, null, null, "PROBE", recordId), PageQuery.of(0, 10))
			.items();
	}

	@Test
	void appendsAnEntryForAnAuditableEventOfAVisitorWhoIsNotSignedIn(Scenario scenario) {
		String id = Fixtures.unique("probe");
		scenario.publish(new Happened("PROBE_DONE", "PROBE", id, "something was done", null, true))
			.andWaitForStateChange(() -> entriesOf(id), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				// a request, nobody signed in: a visitor, known by the address
				assertThat(entry.username()).isEqualTo("anonymous");
				assertThat(entry.remoteAddress()).isEqualTo("127.0.0.1");
				assertThat(entry.action()).isEqualTo("PROBE_DONE");
				assertThat(entry.summary()).isEqualTo("something was done");
				assertThat(entry.success()).isTrue();
			}));
	}

	@Test
	void recordsTheSignedInUserWithTheirRolesAndAFailureOfANamedActor(Scenario scenario) {
		String id = Fixtures.unique("probe");
		var office = Actor.of("office-probe", district, Role.OFFICE);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office, null, List.of()));
		try {
			scenario.publish(new Happened("PROBE_DONE", "PROBE", id, "by the office", null, true))
				.andWaitForStateChange(() -> entriesOf(id), entries -> !entries.isEmpty())
				.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
					assertThat(entry.username()).isEqualTo("office-probe");
					assertThat(entry.roles()).containsExactly("OFFICE");
				}));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String refused = Fixtures.unique("probe");
		scenario.publish(new Happened("PROBE_REFUSED", "PROBE", refused, "wrong password", "somebody", false))
			.andWaitForStateChange(() -> entriesOf(refused), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.username()).isEqualTo("somebody");
				assertThat(entry.roles()).isEmpty();
				assertThat(entry.success()).isFalse();
			}));
	}
}
