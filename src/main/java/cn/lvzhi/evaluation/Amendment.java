package cn.lvzhi.evaluation;

/**
 * What an {@link Outcome#AMENDED} decision changes: {@code REVOKE} or {@code VERIFY} the record the
 * case is about, or {@code ADJUST} its representative's points by {@code points} (positive or
 * negative) in the record's cycle. {@code points} is {@code null} for the first two.
 */
public record Amendment(Type type, Integer points) {

	public enum Type {
		REVOKE, VERIFY, ADJUST
	}
}
