package cn.lvzhi.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Receipt codes of complaints: 16 random characters (80 bits from {@link SecureRandom}) of an
 * alphabet without look-alikes (no I, O, 0, 1), written in groups of four
 * ({@code K7QM-3XWD-P9HT-2RCE}). Only the SHA-256 of the normalized code is stored; a code is
 * read case-insensitively, with or without the dashes.
 */
final class ReceiptCodes {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 16;

	private static final SecureRandom random = new SecureRandom();

	private ReceiptCodes() {
	}

	static String next() {
		var code = new StringBuilder(LENGTH + 3);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as stored (hashed), or {@code null} for a text that cannot be a code. */
	static String hash(String code) {
		if (code == null) {
			return null;
		}
		String normalized = code.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
		if (normalized.length() != LENGTH || normalized.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
			return null;
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
