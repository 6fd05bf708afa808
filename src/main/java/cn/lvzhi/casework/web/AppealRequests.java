package cn.lvzhi.casework.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.lvzhi.casework.AppealAssignment;
import cn.lvzhi.casework.AppealRegistration;

/**
 * The bodies the appeals' API receives. Values of a fixed set ({@code channel},
 * {@code handlingUnitKind}, {@code satisfaction}) are taken as text, so that an unknown one is a
 * 422 naming its field rather than an unreadable body; every rule is checked by the services.
 */
final class AppealRequests {

	private AppealRequests() {
	}

	/** {@code POST /api/v1/appeals}; {@code subject} (事由, without personal data) is an extension of API.md. */
	record AppealRegisterRequest(String constituentName, String constituentPhone, String constituentAddress, String content,
			String category, String subject, LocalDate receivedOn,
			@Schema(allowableValues = { "DUTY_SHIFT", "VISIT", "PHONE", "ONLINE" }) String channel,
			Long workstationId) {

		AppealRegistration registration() {
			return new AppealRegistration(constituentName, constituentPhone, constituentAddress, content, category,
					subject, receivedOn, channel, workstationId);
		}
	}

	/** {@code POST .../proxy}. */
	record AppealProxyRequest(Long representativeId) {
	}

	/** {@code POST .../assign}; {@code handlingUnitKind} is an extension of API.md. */
	record AppealAssignRequest(String handlingUnit,
			@Schema(allowableValues = { "DEPARTMENT", "COMMUNITY", "ENTERPRISE" }) String handlingUnitKind,
			LocalDate dueOn) {

		AppealAssignment assignment() {
			return new AppealAssignment(handlingUnit, handlingUnitKind, dueOn);
		}
	}

	/** {@code POST .../follow-ups}. */
	record AppealFollowUpRequest(String note) {
	}

	/** {@code POST .../resolve}. */
	record AppealResolveRequest(String resolution) {
	}

	/** {@code POST .../rating} and the public rating. */
	record AppealRatingRequest(
			@Schema(allowableValues = { "VERY_SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED" }) String satisfaction) {
	}

	/** {@code POST .../reopen} (an extension of API.md). */
	record AppealReopenRequest(String reason) {
	}
}
