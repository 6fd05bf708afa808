package cn.lvzhi.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.lvzhi.shared.Problem;

/**
 * At least 8 characters of at least three kinds (upper case, lower case, digits, other), not
 * equal to the username, and not one of the common passwords of
 * {@code accounts/common-passwords.txt} (whatever the case: {@code Password1} is refused as
 * {@code password1}). Reuse of a recent password is checked by {@link PasswordHistory}.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	static final String COMMON_PASSWORDS = "accounts/common-passwords.txt";

	private PasswordPolicy() {
	}

	static List<Problem.FieldViolation> check(String field, String password, String username) {
		var violations = new ArrayList<Problem.FieldViolation>();
		if (password == null || password.length() < MIN_LENGTH) {
			violations.add(new Problem.FieldViolation(field, "validation.password.length", MIN_LENGTH));
			return violations;
		}
		if (password.length() > MAX_LENGTH) {
			violations.add(new Problem.FieldViolation(field, "validation.password.too-long", MAX_LENGTH));
			return violations;
		}
		if (kinds(password) < 3) {
			violations.add(new Problem.FieldViolation(field, "validation.password.kinds"));
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			violations.add(new Problem.FieldViolation(field, "validation.password.username"));
		}
		else if (isCommon(password)) {
			violations.add(new Problem.FieldViolation(field, "validation.password.common"));
		}
		return violations;
	}

	static boolean isCommon(String password) {
		return Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
	}

	static int kinds(String password) {
		boolean upper = false, lower = false, digit = false, other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/** The list, read once on first use (a few thousand lines, some 30 KB). */
	private static final class Common {

		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			var stream = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
			if (stream == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
			}
			var set = new HashSet<String>();
			try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				reader.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.forEach(line -> set.add(line.toLowerCase(Locale.ROOT)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return Set.copyOf(set);
		}
	}
}
