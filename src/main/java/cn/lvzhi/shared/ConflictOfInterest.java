package cn.lvzhi.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Conflict of interest (DOMAIN.md 13): nobody decides a case about themself. A user is
 * <em>about</em> a representative when the user's account is linked to that representative's
 * roster record ({@link CurrentUser#representativeId()}) — the notion by which activities already
 * refuses verifying or revoking a record about oneself. Such a user does not decide a review
 * request or complaint about that representative, book an adjustment for them, grade their year
 * or approve a quarterly list that includes a change they made (their own row with quarter points,
 * or a ledger entry they booked that the list counts for the first time).
 * <p>
 * One rule for every service, and for the pages, which offer the decision only where this allows
 * it. A refusal is a 403 ({@link Problem.Forbidden}) and is handed to the audit trail as a
 * {@link Refused} event first. Pure: no state, no Spring.
 */
public final class ConflictOfInterest {

	/** What a user decides; the record type the audit trail names and the refusal's message. */
	public enum Decision {

		REVIEW("REVIEW_REQUEST"), COMPLAINT("COMPLAINT"), ADJUSTMENT("REPRESENTATIVE"),
		YEAR_END_GRADE("REPRESENTATIVE"), LIST_APPROVAL("PUBLICATION");

		private final String recordType;

		Decision(String recordType) {
			this.recordType = recordType;
		}

		public String recordType() {
			return recordType;
		}

		/** The key of the refusal's text in the message bundles. */
		public String messageKey() {
			return "problem.conflict-of-interest." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	private ConflictOfInterest() {
	}

	/** Whether a case about this representative is about the user themself. */
	public static boolean concerns(CurrentUser user, Long representativeId) {
		return representativeId != null && user.representativeId().map(representativeId::equals).orElse(false);
	}

	/**
	 * Whether a quarterly list includes a change the user made: a representative whose points the
	 * list changes ({@code changedRepresentatives}: the rows with quarter points other than 0) is
	 * the user themself, or the user booked an entry the list counts for the first time.
	 */
	public static boolean inList(CurrentUser user, Collection<Long> changedRepresentatives, boolean bookedAChange) {
		return bookedAChange || changedRepresentatives.stream().anyMatch(r -> concerns(user, r));
	}

	/**
	 * Refuses (403) a decision about the representative if it is about the user; the refusal is
	 * handed to {@code audit} (e.g. {@code events::publishEvent}) before it is thrown.
	 */
	public static void check(CurrentUser user, Long representativeId, Decision decision, Object recordId,
			Consumer<Object> audit) {
		check(user, concerns(user, representativeId), decision, recordId, audit);
	}

	/** Refuses (403) a decision the caller found the user conflicted in, as {@link #check(CurrentUser, Long, Decision, Object, Consumer)}. */
	public static void check(CurrentUser user, boolean conflicted, Decision decision, Object recordId,
			Consumer<Object> audit) {
		if (conflicted) {
			audit.accept(new Refused(decision, recordId == null ? null : String.valueOf(recordId), user.username()));
			throw new Problem.Forbidden(decision.messageKey());
		}
	}

	/**
	 * A decision refused for a conflict of interest, for the audit trail. The work it refused is
	 * rolled back; the trail keeps the refusal all the same.
	 */
	public record Refused(Decision decision, String recordId, String username) implements Auditable {

		@Override
		public String action() {
			return "ACCESS_DENIED";
		}

		@Override
		public String recordType() {
			return decision.recordType();
		}

		@Override
		public String summary() {
			return "conflict of interest: " + decision.name() + " about themself refused";
		}

		@Override
		public String actor() {
			return username;
		}

		@Override
		public boolean success() {
			return false;
		}
	}
}
