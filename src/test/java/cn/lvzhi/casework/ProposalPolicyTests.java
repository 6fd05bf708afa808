package cn.lvzhi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.lvzhi.Actor;
import cn.lvzhi.RandomRoles;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what with a proposal ({@link ProposalPolicy}): a table over roles, states and how
 * the user stands to the proposal (its lead, a co-signer who has or has not confirmed, staff of
 * the lead's workstation, anybody else), then seeded random users with several roles, held to the
 * table, to the refusals the API answers and to the steps the aggregate allows.
 * <p>
 * Seeded: {@code -Dlvzhi.seed=...} (default {@value #DEFAULT_SEED}); a failure names the seed.
 */
class ProposalPolicyTests {

	static final long DEFAULT_SEED = 20261010L;

	static final long LEAD = 7;

	static final long COSIGNER = 8;

	static final long CONFIRMED = 9;

	static final Instant NOW = Instant.parse("2026-05-06T02:00:00Z");

	/** How the user stands to the proposal. */
	enum Relation {
		LEAD, COSIGNER, CONFIRMED, STAFF, OTHER
	}

	static final String OFFICE = "DRAFT: SUBMIT WITHDRAW ATTACH | SUBMITTED: ASSIGN WITHDRAW ATTACH"
			+ " | ASSIGNED: REPLY WITHDRAW ATTACH | ANSWERED: REPLY WITHDRAW ATTACH | EVALUATED: WITHDRAW ATTACH";

	/** The table, for a user with one role: role and relation → state → the actions; a row not named has none. */
	static final Map<String, String> TABLE = Map.of("REPRESENTATIVE LEAD", "DRAFT: SUBMIT WITHDRAW | ANSWERED: EVALUATE",
			"REPRESENTATIVE COSIGNER", "DRAFT: CONFIRM", "OFFICE STAFF", OFFICE, "OFFICE OTHER", OFFICE);

	static Set<ProposalAction> expected(Role role, Relation relation, ProposalStatus status) {
		var actions = EnumSet.noneOf(ProposalAction.class);
		for (String cell : TABLE.getOrDefault(role + " " + relation, "").split("\\|")) {
			String[] parts = cell.split(":");
			if (parts.length == 2 && parts[0].strip().equals(status.name())) {
				for (String name : parts[1].strip().split(" ")) {
					actions.add(ProposalAction.valueOf(name));
				}
			}
		}
		return actions;
	}

	static Actor user(Set<Role> roles, Relation relation) {
		Long representative = switch (relation) {
			case LEAD -> LEAD;
			case COSIGNER -> COSIGNER;
			case CONFIRMED -> CONFIRMED;
			default -> roles.contains(Role.REPRESENTATIVE) ? 99L : null;
		};
		Long workstation = roles.contains(Role.WORKSTATION_STAFF) ? 5L : null;
		return new Actor("user", 1, EnumSet.copyOf(roles), workstation, representative);
	}

	static boolean staffOfLead(Actor user, Relation relation) {
		return relation == Relation.STAFF && user.has(Role.WORKSTATION_STAFF);
	}

	/** A motion of {@link #LEAD} with two co-signers ({@link #CONFIRMED} has confirmed), in {@code status}. */
	static Proposal in(ProposalStatus status) {
		Proposal p = ProposalMother.motion(1, status, LEAD, CONFIRMED, COSIGNER);
		assertThat(p.status()).isEqualTo(status);
		return p;
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void aUserWithOneRoleHasExactlyTheActionsOfTheTable(Role role) {
		for (Relation relation : Relation.values()) {
			Actor user = user(Set.of(role), relation);
			for (ProposalStatus status : ProposalStatus.values()) {
				Proposal proposal = in(status);
				assertThat(ProposalPolicy.actions(user, proposal)).as("%s %s %s", role, relation, status)
					.isEqualTo(expected(role, relation, status));
			}
		}
	}

	@Test
	void aUserWithSeveralRolesHasTheActionsOfEachButActsAsTheOfficeOnlyOnWhatIsNotAboutThemself() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 2000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			ProposalStatus status = ProposalStatus.values()[random.nextInt(ProposalStatus.values().length)];
			var union = EnumSet.noneOf(ProposalAction.class);
			roles.forEach(role -> union.addAll(expected(role, relation, status)));
			assertThat(ProposalPolicy.actions(user(roles, relation), in(status)))
				.as("seed %d: %s %s %s", seed, roles, relation, status)
				.isEqualTo(union);
		}
	}

	@Test
	void readersAreTheWholeDistrictsRolesTheLeadTheCosignersAndTheLeadsStaff() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		Proposal proposal = in(ProposalStatus.DRAFT);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			Actor user = user(roles, relation);
			boolean expected = roles.contains(Role.OFFICE) || roles.contains(Role.EVALUATION_GROUP)
					|| roles.contains(Role.REPRESENTATIVE) && relation.compareTo(Relation.CONFIRMED) <= 0
					|| staffOfLead(user, relation);
			String as = "seed %d: %s %s".formatted(seed, roles, relation);
			assertThat(ProposalPolicy.reads(user, proposal, staffOfLead(user, relation))).as(as).isEqualTo(expected);
			Throwable refusal = catchThrowable(() -> ProposalPolicy.requireReads(user, proposal, staffOfLead(user, relation)));
			assertThat(refusal == null).as(as).isEqualTo(expected);
		}
	}

	@Test
	void aRepresentativeDraftsAsLeadAndTheOfficeRegistersPaperProposalsForOthers() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			boolean own = random.nextBoolean();
			Actor user = user(roles, own ? Relation.LEAD : Relation.OTHER);
			String as = "seed %d: %s %s".formatted(seed, roles, own ? "own" : "another's");
			Throwable refusal = catchThrowable(() -> ProposalPolicy.drafting(user, LEAD));
			if (own && roles.contains(Role.REPRESENTATIVE)) {
				assertThat(ProposalPolicy.drafting(user, LEAD)).as(as).isEqualTo(ProposalPolicy.Drafting.OWN);
			}
			else if (roles.contains(Role.OFFICE) && !own) {
				assertThat(ProposalPolicy.drafting(user, LEAD)).as(as).isEqualTo(ProposalPolicy.Drafting.ON_PAPER);
			}
			else {
				assertThat(refusal).as(as)
					.isInstanceOf(Problem.Forbidden.class)
					.extracting(t -> ((Problem) t).messageKey())
					.isEqualTo("casework.proposal.problem.not-your-draft");
			}
		}
	}

	@Test
	void onlyTheCosignerThemselfConfirms() {
		assertThat(catchThrowable(() -> ProposalPolicy.requireConfirmsFor(user(Set.of(Role.REPRESENTATIVE),
				Relation.COSIGNER), COSIGNER))).isNull();
		for (Relation relation : List.of(Relation.LEAD, Relation.CONFIRMED, Relation.OTHER)) {
			assertThatThrownBy(() -> ProposalPolicy.requireConfirmsFor(user(Set.of(Role.REPRESENTATIVE), relation),
					COSIGNER)).isInstanceOf(Problem.Forbidden.class);
		}
		assertThatThrownBy(() -> ProposalPolicy.requireConfirmsFor(user(EnumSet.complementOf(EnumSet.of(Role.REPRESENTATIVE)),
				Relation.COSIGNER), COSIGNER)).isInstanceOf(Problem.Forbidden.class);
	}

	@Test
	void whoTakesNoPartIsRefusedWith403AndOfferedNothingInAnyState() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			Actor user = user(roles, relation);
			for (ProposalAction action : ProposalAction.values()) {
				Proposal draft = in(ProposalStatus.DRAFT);
				if (ProposalPolicy.takesPartIn(user, draft, action)) {
					continue;
				}
				assertThatThrownBy(() -> ProposalPolicy.requirePartIn(user, draft, action))
					.as("seed %d: %s %s %s", seed, roles, relation, action)
					.isInstanceOf(Problem.Forbidden.class);
				for (ProposalStatus status : ProposalStatus.values()) {
					assertThat(ProposalPolicy.may(user, in(status), action)).isFalse();
				}
			}
		}
	}

	@Test
	void offersAStepExactlyWhenTheProposalAllowsItToOneWhoTakesPart() {
		Actor office = user(Set.of(Role.OFFICE), Relation.OTHER);
		Actor lead = user(Set.of(Role.REPRESENTATIVE), Relation.LEAD);
		for (ProposalStatus status : ProposalStatus.values()) {
			check(office, ProposalAction.SUBMIT, status, p -> p.submit("office", LocalDate.of(2026, 5, 6), NOW));
			check(office, ProposalAction.ASSIGN, status,
					p -> p.assign(List.of(new ProposalUnit("丙", ProposalUnit.Role.LEAD)), "office", NOW));
			check(office, ProposalAction.REPLY, status, p -> p.reply(new ProposalReply("区城管局", "答复", "office", NOW), NOW));
			check(lead, ProposalAction.EVALUATE, status, p -> p.evaluate(ProposalSatisfaction.DISSATISFIED, "lead", NOW));
			check(lead, ProposalAction.SUBMIT, status, p -> p.submit("lead", LocalDate.of(2026, 5, 6), NOW));
		}
	}

	private static void check(Actor user, ProposalAction action, ProposalStatus status,
			java.util.function.Consumer<Proposal> step) {
		Proposal proposal = in(status);
		boolean offered = ProposalPolicy.may(user, proposal, action);
		Throwable refusal = catchThrowable(() -> step.accept(proposal));
		assertThat(refusal == null).as("%s from %s (%s)", action, status, refusal).isEqualTo(offered);
		if (refusal != null) {
			assertThat(refusal).isInstanceOf(Problem.Conflict.class);
		}
	}
}
