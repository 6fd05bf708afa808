package cn.lvzhi.casework;

/**
 * What a user may do next with a proposal, so that its page shows only the buttons that will work
 * ({@link ProposalPolicy#actions}); {@link Proposals} enforces the same policy and {@link Proposal}
 * guards its states.
 */
public enum ProposalAction {

	/** Confirm one's co-signature (a co-signer of a draft motion). */
	CONFIRM,
	/** Submit the draft (the lead, the office). */
	SUBMIT,
	/** Assign handling units (the office). */
	ASSIGN,
	/** Record a unit's response (the office). */
	REPLY,
	/** Evaluate the response (the lead). */
	EVALUATE,
	/** Withdraw a draft (the lead), or declare a proposal invalid (the office). */
	WITHDRAW,
	/** Attach the document of a proposal filed on paper (the office). */
	ATTACH
}
