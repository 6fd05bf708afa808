package cn.lvzhi.casework.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.lvzhi.casework.CaseView;
import cn.lvzhi.casework.Listed;
import cn.lvzhi.casework.WrittenOpinion;
import cn.lvzhi.casework.web.CaseResponses.CaseFileResponse;
import cn.lvzhi.casework.web.CaseResponses.CaseParticipantResponse;

/**
 * A written opinion as the API shows it: its title and content, its document (once added) and
 * each participant's record with its status and points.
 */
record WrittenOpinionResponse(long id, long collectiveId, LocalDate occurredOn, String title, String content,
		@Nullable CaseFileResponse document, List<CaseParticipantResponse> participants, String createdBy,
		OffsetDateTime createdAt, int version) {

	static WrittenOpinionResponse of(CaseView<WrittenOpinion> view, ZoneId zone) {
		WrittenOpinion o = view.value();
		return new WrittenOpinionResponse(o.id(), o.collectiveId(), o.occurredOn(), o.title(), o.content(),
				CaseFileResponse.of(o.document().orElse(null), zone), CaseParticipantResponse.of(view.records()),
				o.createdBy(), CaseResponses.at(o.createdAt(), zone), o.version());
	}

	/** A written opinion in a list: what was entered, its participants, whether its document is in. */
	record WrittenOpinionItem(long id, long collectiveId, LocalDate occurredOn, String title, List<Long> participantIds,
			boolean document, String createdBy) {

		static WrittenOpinionItem of(Listed<WrittenOpinion> listed) {
			WrittenOpinion o = listed.value();
			return new WrittenOpinionItem(o.id(), o.collectiveId(), o.occurredOn(), o.title(), listed.participantIds(),
					o.document().isPresent(), o.createdBy());
		}
	}
}
