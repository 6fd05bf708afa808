package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.CaseworkItem;
import cn.lvzhi.activities.RecordSource;
import cn.lvzhi.activities.SourcedRecords;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.standard.Satisfaction;

/**
 * The activity records an appeal earns its proxy (DOMAIN.md 11), through
 * {@link SourcedRecords} in the caller's transaction: item 2 when the representative takes the
 * appeal on, item 3 with the constituent's rating when it is rated. Their titles and descriptions
 * name the appeal by number, category and subject (事由) — never the constituent, since records
 * are read by more people than the appeal. They are written in the deployment's language
 * (zh-CN), as data.
 */
@Component
class AppealRecords {

	private static final Locale DATA = Locale.SIMPLIFIED_CHINESE;

	private final SourcedRecords records;

	private final MessageSource messages;

	AppealRecords(SourcedRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	/** Item 2 (代理群众诉求) for the proxy, on {@code day}. */
	ActivityRecord proxied(CurrentUser user, Appeal appeal, long representativeId, LocalDate day) {
		return records.record(user, representativeId,
				details(CaseworkItem.PROXY, "casework.appeal.record.proxy", appeal, day, null),
				RecordSource.appeal(appeal.id()));
	}

	/** Item 3 (协助解决群众诉求) for the proxy, carrying the constituent's rating, on {@code day}. */
	ActivityRecord resolved(CurrentUser user, Appeal appeal, long representativeId, LocalDate day,
			Satisfaction satisfaction) {
		return records.record(user, representativeId,
				details(CaseworkItem.RESOLUTION, "casework.appeal.record.resolution", appeal, day, satisfaction),
				RecordSource.appeal(appeal.id()));
	}

	/** What the appeal is called where its constituent must not appear: subject, else category, else its number. */
	String label(Appeal appeal) {
		return appeal.subject()
			.or(appeal::category)
			.orElseGet(() -> messages.getMessage("casework.appeal.label", new Object[] { appeal.id() }, DATA));
	}

	private ActivityDetails details(CaseworkItem item, String titleKey, Appeal appeal, LocalDate day,
			Satisfaction satisfaction) {
		String title = cut(messages.getMessage(titleKey, new Object[] { label(appeal) }, DATA),
				ActivityDetails.TITLE_MAX);
		String description = messages.getMessage("casework.appeal.record.description",
				new Object[] { String.valueOf(appeal.id()), appeal.category().orElse("—") }, DATA);
		return new ActivityDetails(item.code(), day, title, description, null, null, satisfaction);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
