package cn.lvzhi.casework.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.lvzhi.casework.CaseView;
import cn.lvzhi.casework.Inspection;
import cn.lvzhi.casework.Listed;
import cn.lvzhi.casework.web.CaseResponses.CaseFileResponse;
import cn.lvzhi.casework.web.CaseResponses.CaseParticipantResponse;
import cn.lvzhi.casework.web.CaseResponses.CaseTextResponse;

/**
 * An inspection as the API shows it: what was entered, its report (text and file, once written)
 * and each participant's record with its status and points.
 */
record InspectionResponse(long id, long collectiveId, LocalDate occurredOn, String title,
		@Nullable String description, @Nullable String place, @Nullable CaseTextResponse report,
		@Nullable CaseFileResponse reportFile, List<CaseParticipantResponse> participants, String createdBy,
		OffsetDateTime createdAt, int version) {

	static InspectionResponse of(CaseView<Inspection> view, ZoneId zone) {
		Inspection i = view.value();
		return new InspectionResponse(i.id(), i.collectiveId(), i.occurredOn(), i.title(), i.description().orElse(null),
				i.place().orElse(null), CaseTextResponse.of(i.report().orElse(null), zone),
				CaseFileResponse.of(i.reportFile().orElse(null), zone), CaseParticipantResponse.of(view.records()),
				i.createdBy(), CaseResponses.at(i.createdAt(), zone), i.version());
	}

	/** An inspection in a list: what was entered, its participants, whether its report is in. */
	record InspectionItem(long id, long collectiveId, LocalDate occurredOn, String title, @Nullable String place,
			List<Long> participantIds, boolean reported, boolean reportFile, String createdBy) {

		static InspectionItem of(Listed<Inspection> listed) {
			Inspection i = listed.value();
			return new InspectionItem(i.id(), i.collectiveId(), i.occurredOn(), i.title(), i.place().orElse(null),
					listed.participantIds(), i.report().isPresent(), i.reportFile().isPresent(), i.createdBy());
		}
	}
}
