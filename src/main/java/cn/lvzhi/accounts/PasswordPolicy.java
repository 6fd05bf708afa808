package cn.lvzhi.accounts;

import java.util.ArrayList;
import java.util.List;

import cn.lvzhi.shared.Problem;

/**
 * At least 8 characters of at least three kinds (upper case, lower case, digits, other), not
 * equal to the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

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
		return violations;
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
}
