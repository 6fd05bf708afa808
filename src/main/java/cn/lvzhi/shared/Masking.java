package cn.lvzhi.shared;

/** Masks personal data for display: {@code 13812345678} becomes {@code 138****5678}. */
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
}
