package cn.lvzhi.casework;

import java.util.Optional;

import cn.lvzhi.activities.CaseworkItem;

/**
 * What a proposal is (DOMAIN.md, items 7 and 8): a representative's suggestion (代表提议), or a
 * congress motion (提案) they lead and others may co-sign (item 9). The kind says which item the
 * lead's record earns on submission.
 */
public enum ProposalKind {

	/** 代表提议: the lead alone, item 7. */
	SUGGESTION(CaseworkItem.SUGGESTION),
	/** 提案: the lead (item 8) and the co-signers who confirmed (item 9 each). */
	MOTION(CaseworkItem.MOTION);

	private final CaseworkItem item;

	ProposalKind(CaseworkItem item) {
		this.item = item;
	}

	/** The item of the lead's record. */
	public CaseworkItem item() {
		return item;
	}

	/** Whether a proposal of this kind has co-signers: motions only. */
	public boolean takesCosigners() {
		return this == MOTION;
	}

	/** The kind named {@code name} exactly, or empty (blank, unknown, another case). */
	public static Optional<ProposalKind> named(String name) {
		for (ProposalKind kind : values()) {
			if (kind.name().equals(name)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
