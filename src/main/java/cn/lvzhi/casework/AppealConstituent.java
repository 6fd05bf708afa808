package cn.lvzhi.casework;

import cn.lvzhi.shared.Masking;

/**
 * Who appealed, and how to reach them: personal information (DOMAIN.md "Data the system must
 * protect"), shown in full only to those who handle the appeal ({@link AppealPolicy#seesPersonalData},
 * every such view audited) and {@link #masked()} to everybody else; never on a public page nor in
 * an activity record.
 */
public record AppealConstituent(String name, String phone, String address) {

	/** The same person as somebody who does not handle the appeal sees them: {@code 张*}, {@code 138****5678}. */
	public AppealConstituent masked() {
		return new AppealConstituent(Masking.name(name), Masking.phone(phone), Masking.address(address));
	}

	/** Whether there is anything to hide at all. */
	boolean isPresent() {
		return name != null || phone != null || address != null;
	}
}
