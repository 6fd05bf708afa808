package cn.lvzhi.casework;

import java.util.Arrays;
import java.util.Optional;

/** Whether representatives asked a department (询问) or formally questioned it (质询); both earn item 10. */
public enum InquiryKind {

	/** 询问. */
	INQUIRY,
	/** 质询. */
	QUESTIONING;

	/** The kind named {@code name} exactly, if there is one (a client's unknown kind is a 422, not a 400). */
	public static Optional<InquiryKind> parse(String name) {
		return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
	}
}
