package cn.lvzhi.casework.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.lvzhi.casework.CaseView;
import cn.lvzhi.casework.Inquiry;
import cn.lvzhi.casework.Listed;
import cn.lvzhi.casework.web.CaseResponses.CaseParticipantResponse;
import cn.lvzhi.casework.web.CaseResponses.CaseTextResponse;

/**
 * An inquiry or questioning as the API shows it: the kind, the department, the question, the
 * department's answer (once written down) and each participant's record with its status and points.
 */
record InquiryResponse(long id, long collectiveId, String kind, LocalDate occurredOn, String department,
		String question, @Nullable CaseTextResponse answer, List<CaseParticipantResponse> participants,
		String createdBy, OffsetDateTime createdAt, int version) {

	static InquiryResponse of(CaseView<Inquiry> view, ZoneId zone) {
		Inquiry i = view.value();
		return new InquiryResponse(i.id(), i.collectiveId(), i.kind().name(), i.occurredOn(), i.department(),
				i.question(), CaseTextResponse.of(i.answer().orElse(null), zone),
				CaseParticipantResponse.of(view.records()), i.createdBy(), CaseResponses.at(i.createdAt(), zone),
				i.version());
	}

	/** An inquiry in a list: what was entered, its participants, whether it is answered. */
	record InquiryItem(long id, long collectiveId, String kind, LocalDate occurredOn, String department,
			List<Long> participantIds, boolean answered, String createdBy) {

		static InquiryItem of(Listed<Inquiry> listed) {
			Inquiry i = listed.value();
			return new InquiryItem(i.id(), i.collectiveId(), i.kind().name(), i.occurredOn(), i.department(),
					listed.participantIds(), i.answer().isPresent(), i.createdBy());
		}
	}
}
