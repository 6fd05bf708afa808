package cn.lvzhi.activities;

import java.time.Instant;
import java.time.LocalDate;

import cn.lvzhi.Actor;
import cn.lvzhi.shared.Role;

/**
 * Activity records as stored, with an id, brought to a status by the aggregate's own transitions:
 * for tests that need no database, a {@code WebSlice} stubbing {@link Activities}. Tests on the
 * application make records through the API or the services.
 */
public final class ActivityMother {

	public static final Instant AT = Instant.parse("2021-03-16T02:00:00Z");

	public static final String OFFICE = "office-mother";

	public static final String REFERRAL_REASON = "难以评定是否属于集中视察";

	private ActivityMother() {
	}

	/**
	 * Record {@code id} of the representative, item {@code itemCode} on {@code day}, entered by the
	 * staff of their workstation and moved to {@code status} by the office (referred with
	 * {@link #REFERRAL_REASON}) or, for {@code REVOKED}, the evaluation group.
	 */
	public static ActivityRecord in(long id, long districtId, long representativeId, int itemCode, LocalDate day,
			String title, ActivityStatus status) {
		Actor office = Actor.of(OFFICE, districtId, Role.OFFICE);
		ActivityRecord record = ActivityRecord.create(districtId, representativeId,
				new ActivityDetails(itemCode, day, title, null, null, null, null),
				status == ActivityStatus.SUBMITTED ? ActivityStatus.SUBMITTED : ActivityStatus.RECORDED, null, null,
				"staff-mother", AT);
		switch (status) {
			case VERIFIED -> record.verify(office, false, AT);
			case REJECTED -> record.reject(office, "不属实", AT);
			case RETURNED -> record.returnForInformation(office, "请补充", AT);
			case REFERRED -> record.refer(office, REFERRAL_REASON, AT);
			case REVOKED -> {
				record.verify(office, false, AT);
				record.revoke(Actor.of("group-mother", districtId, Role.EVALUATION_GROUP), "重复", AT);
			}
			default -> {
			}
		}
		return new ActivityRecord(id, 1, districtId, representativeId, record.details(), record.status(), null, null,
				null, record.createdBy(), record.createdAt(), record.updatedAt(), record.history());
	}
}
