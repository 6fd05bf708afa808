package cn.lvzhi.shared;

/**
 * An event that belongs in the audit trail. Modules publish their domain events with this
 * contract; the audit module records each with who did it, when and from where. It is published
 * inside the transaction of the change, so the audit entry commits or rolls back with it.
 */
public interface Auditable {

	/** What happened, e.g. {@code USER_CREATED}, {@code REPRESENTATIVE_ENDED}. */
	String action();

	/** The kind of record it happened to, e.g. {@code USER}, {@code REPRESENTATIVE}. */
	String recordType();

	/** The record's id, or {@code null} where there is none (an export of a list). */
	String recordId();

	/** A short human-readable account, no secrets and no unmasked personal data. */
	String summary();

	/**
	 * Who acted, where the security context does not say it (a failed sign-in names the
	 * username that was tried). {@code null}: the signed-in user.
	 */
	default String actor() {
		return null;
	}

	/** Whether the attempt succeeded. Failures (a refused login) are recorded too. */
	default boolean success() {
		return true;
	}
}
