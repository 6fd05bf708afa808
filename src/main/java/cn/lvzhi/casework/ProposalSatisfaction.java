package cn.lvzhi.casework;

import java.util.Optional;

/**
 * The lead's evaluation of the handling units' response (满意 / 基本满意 / 不满意). Not the
 * constituent's rating of an appeal ({@code standard.Satisfaction}, which has 非常满意 and scores
 * item 3): no points depend on it, and its top tier is 满意.
 */
public enum ProposalSatisfaction {
	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED;

	/** The value named {@code name} exactly, or empty. */
	public static Optional<ProposalSatisfaction> named(String name) {
		for (ProposalSatisfaction s : values()) {
			if (s.name().equals(name)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}
}
