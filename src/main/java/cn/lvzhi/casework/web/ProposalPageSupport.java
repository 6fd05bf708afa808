package cn.lvzhi.casework.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * What the proposal pages share: times in the district's zone, texts from the bundles, and a
 * domain validation shown next to the form's fields ({@code cosignerIds[2]} next to the
 * co-signers, {@code handlingUnits[0].name} next to the units).
 */
@Component
class ProposalPageSupport {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Districts districts;

	private final MessageSource messages;

	ProposalPageSupport(Districts districts, MessageSource messages) {
		this.districts = districts;
		this.messages = messages;
	}

	ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}

	/** A time as the pages show it, in the user's district. */
	String time(Instant at, CurrentUser user) {
		return at == null ? null : MINUTES.format(at.atZone(zone(user)));
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** A problem in words: the message of each field for a validation, else the problem's own. */
	String text(Problem problem) {
		if (problem instanceof Problem.Invalid invalid && !invalid.fields().isEmpty()) {
			return String.join(";", invalid.fields().stream().map(f -> text(f.messageKey(), f.args())).toList());
		}
		return text(problem.messageKey(), problem.args());
	}
}
