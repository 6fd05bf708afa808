package cn.lvzhi.accounts;

import cn.lvzhi.shared.Auditable;

/** Something that happened to an account: created, disabled, signed in, locked… */
public record AccountEvent(String action, String username, Long userId, String summary, boolean success,
		String actor) implements Auditable {

	static AccountEvent by(String action, User user, String summary) {
		return new AccountEvent(action, user.username(), user.id(), summary, true, null);
	}

	@Override
	public String recordType() {
		return "USER";
	}

	@Override
	public String recordId() {
		return userId == null ? null : userId.toString();
	}
}
