package cn.lvzhi.shared;

/**
 * Masks personal data for display: {@code 13812345678} becomes {@code 138****5678}, {@code 张三}
 * becomes {@code 张*}, an address keeps its first few characters (the district, the street).
 */
public final class Masking {

	private Masking() {
	}

	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return phone;
		}
		String p = phone.strip();
		if (p.length() <= 4) {
			return "*".repeat(p.length());
		}
		if (p.length() < 8) {
			return p.substring(0, 1) + "*".repeat(p.length() - 3) + p.substring(p.length() - 2);
		}
		return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
	}

	/** A person's name: its first character and a star for each other one ({@code 张*}, {@code 欧***}); one character alone is a star. */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String n = name.strip();
		int length = n.codePointCount(0, n.length());
		if (length == 1) {
			return "*";
		}
		int first = n.offsetByCodePoints(0, 1);
		return n.substring(0, first) + "*".repeat(length - 1);
	}

	/** An address: at most its first six characters (less for a short one) and {@code ****}. */
	public static String address(String address) {
		if (address == null || address.isBlank()) {
			return address;
		}
		String a = address.strip();
		int keep = Math.min(6, a.codePointCount(0, a.length()) / 3);
		return a.substring(0, a.offsetByCodePoints(0, keep)) + "****";
	}
}
