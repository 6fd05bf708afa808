package cn.lvzhi.casework;

import org.springframework.data.relational.core.mapping.Table;

/** A handling unit the office assigned a proposal to: the lead unit (主办) or an assisting one (协办). */
@Table("proposal_unit")
public record ProposalUnit(String name, Role role) {

	public static final int NAME_MAX = 100;

	/** At most this many units per proposal. */
	public static final int MAX = 20;

	/** 主办 (exactly one) or 协办. */
	public enum Role {
		LEAD, ASSISTING
	}

	/** A unit as the office names it, not yet checked: the role as sent ({@code "LEAD"}, {@code "ASSISTING"}). */
	public record Input(String name, String role) {
	}
}
