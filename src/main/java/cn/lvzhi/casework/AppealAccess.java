package cn.lvzhi.casework;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * What the appeal services share: loading an appeal of the user's district (404 otherwise), the
 * policy for the user with the roster's answer whether they are a representative attached to the
 * appeal's workstation, today in the district's time zone, and saving with the optimistic version
 * (somebody else's step meanwhile: 409).
 */
@Component
class AppealAccess {

	private final AppealRepository appeals;

	private final Representatives representatives;

	private final Districts districts;

	private final Clock clock;

	AppealAccess(AppealRepository appeals, Representatives representatives, Districts districts, Clock clock) {
		this.appeals = appeals;
		this.representatives = representatives;
		this.districts = districts;
		this.clock = clock;
	}

	Appeal load(CurrentUser user, long id) {
		return appeals.get(user.districtId(), id);
	}

	/** Whether the user's roster record (if any) is attached to the workstation, as community or industry one. */
	boolean attached(CurrentUser user, long workstationId) {
		return user.representativeId()
			.flatMap(representatives::find)
			.filter(r -> r.districtId() == user.districtId())
			.map(r -> r.isAttachedTo(workstationId))
			.orElse(false);
	}

	AppealPolicy policy(CurrentUser user, Appeal appeal) {
		return AppealPolicy.of(user, appeal, attached(user, appeal.workstationId()));
	}

	/** The appeal if the user reads it: 404 unknown, 403 not theirs to read. */
	Appeal readable(CurrentUser user, long id) {
		Appeal appeal = load(user, id);
		AppealPolicy.require(policy(user, appeal).reads(appeal.status()));
		return appeal;
	}

	LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}

	/** The representative's name, or an empty text for one unknown. */
	String nameOf(Long representativeId) {
		return representativeId == null ? null
				: representatives.find(representativeId).map(Representative::name).orElse("");
	}

	Appeal save(Appeal appeal) {
		try {
			return appeals.save(appeal);
		}
		catch (ConcurrencyFailureException raced) {
			// Somebody else took a step on the appeal meanwhile (optimistic version).
			throw new Problem.Conflict("problem.stale");
		}
	}
}
