package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.standard.Satisfaction;

/**
 * Appeals for tests that need one in a given state without a database: registered at a
 * workstation, proxied by a representative from {@code PROXIED} on, and their views as a user is
 * shown them (with {@link AppealPolicy}'s steps and masking), for the page slices.
 */
public final class AppealMother {

	public static final Instant AT = Instant.parse("2026-05-01T02:00:00Z");

	private AppealMother() {
	}

	/** An appeal of 张三丰 at {@code workstationId}, taken to {@code status}, proxied by {@code proxy} from PROXIED on. */
	public static Appeal appeal(long id, long workstationId, long proxy, AppealStatus status, Satisfaction rating) {
		Appeal appeal = Appeal.register(1, new AppealRegistration("张三丰", "13812345678", "盐田区海山街道海涛路 8 号",
				"小区门口路灯坏了三个月,请协调修复。", "市政设施", "小区门口路灯损坏", LocalDate.of(2026, 4, 1), "DUTY_SHIFT",
				workstationId), "staff", AT);
		withId(appeal, id);
		if (status == AppealStatus.RECEIVED) {
			return appeal;
		}
		appeal.proxy(proxy, "李代表", "staff", AT);
		if (status == AppealStatus.PROXIED) {
			return appeal;
		}
		appeal.assign(new AppealRouting("海山街道城建办", AppealUnitKind.DEPARTMENT, LocalDate.of(2026, 5, 1)), "staff", AT);
		if (status == AppealStatus.ASSIGNED) {
			return appeal;
		}
		appeal.resolve("城建办已更换路灯三盏。", "staff", AT);
		if (status == AppealStatus.RESOLVED) {
			return appeal;
		}
		appeal.rate(rating, AppealRatingMode.IN_PERSON, "staff", AT);
		return appeal;
	}

	/** The appeal as {@code user} is shown it, {@code attached} telling whether they are a representative of its workstation. */
	public static AppealView viewFor(CurrentUser user, Appeal appeal, boolean attached, List<AppealFlag> flags) {
		AppealPolicy policy = AppealPolicy.of(user, appeal, attached);
		boolean full = policy.seesPersonalData();
		return new AppealView(appeal, full ? appeal.constituent() : appeal.constituent().masked(), full,
				"海山社区党代表工作室", appeal.proxyRepresentativeId().map(p -> "李代表").orElse(null), flags,
				policy.actions(appeal), List.of());
	}

	private static void withId(Appeal appeal, long id) {
		try {
			var field = Appeal.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(appeal, id);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}
}
