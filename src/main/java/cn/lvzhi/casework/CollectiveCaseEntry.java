package cn.lvzhi.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.lvzhi.activities.CollectiveActivities;
import cn.lvzhi.activities.CollectiveActivity;
import cn.lvzhi.activities.CollectiveDetails;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * Enters the collective activity of an inspection, inquiry or written opinion — one
 * {@code RECORDED} record of the kind's item per participant — in the caller's transaction, so
 * that the case and its records commit together or not at all. Permission comes first: the user
 * must enter these cases, and each known participant must be theirs to enter
 * ({@link CollectiveCasePolicy}); then the case's own mistakes and those the records find (the
 * day, the item in force, unknown, repeated or not serving participants) are answered together,
 * each named by the case's field.
 */
@Component
class CollectiveCaseEntry {

	private final CollectiveActivities collectives;

	private final Representatives representatives;

	CollectiveCaseEntry(CollectiveActivities collectives, Representatives representatives) {
		this.collectives = collectives;
		this.representatives = representatives;
	}

	/**
	 * The collective activity of a case of {@code kind} with {@code details} (title, description
	 * and place as each record shall carry them).
	 * @param own the case's own field violations, found already
	 * @param fields what the case calls a field the records name otherwise (an inquiry's record
	 * title is made of its department); the record's item is the case's day (no such item that day)
	 * @throws Problem.Forbidden before anything else, for a user who enters no such case or one of
	 * whose participants is not theirs
	 * @throws Problem.Invalid with every field found wrong; nothing is then left written
	 */
	CollectiveActivity enter(CurrentUser user, CollectiveCaseKind kind, CollectiveDetails details,
			List<FieldViolation> own, Map<String, String> fields) {
		CollectiveCasePolicy.requireEntry(user);
		List<Long> ids = details.participantIds() == null ? List.of() : details.participantIds();
		if (ids.size() <= CollectiveDetails.MAX_PARTICIPANTS) {
			for (Long id : ids) {
				if (id != null) {
					representatives.find(id)
						.filter(r -> r.districtId() == user.districtId())
						.ifPresent(r -> CollectiveCasePolicy.requireEntryFor(user, r.hasStaff(user)));
				}
			}
		}
		var found = new ArrayList<>(own);
		CollectiveActivity created = null;
		try {
			created = collectives.create(user, new CollectiveDetails(kind.itemCode(), details.occurredOn(),
					details.title(), details.description(), details.place(), ids));
		}
		catch (Problem.Invalid invalid) {
			for (FieldViolation v : invalid.fields()) {
				String field = v.field().equals("itemCode") ? "occurredOn" : fields.getOrDefault(v.field(), v.field());
				if (found.stream().noneMatch(f -> f.field().equals(field))) {
					found.add(new FieldViolation(field, v.messageKey(), v.args()));
				}
			}
		}
		if (!found.isEmpty()) {
			// the records, if any were made, go with the transaction this refusal rolls back
			throw Problem.Invalid.fields(found);
		}
		return created;
	}
}
