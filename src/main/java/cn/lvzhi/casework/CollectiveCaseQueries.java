package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.CollectiveActivities;
import cn.lvzhi.casework.CollectiveCasePolicy.Standing;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;
import cn.lvzhi.shared.Problem;

/**
 * Inspections, inquiries and written opinions as they are read: one with its participants'
 * records (status and points, from the activities module), or a page of those the user may list
 * ({@link CollectiveCasePolicy#listed}), newest day first, of a year if one is asked. Unknown: 404;
 * not the user's: 403.
 */
@Service
@Transactional(readOnly = true)
public class CollectiveCaseQueries {

	/** The years a list may ask for. */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 9999;

	private final InspectionRepository inspections;

	private final InquiryRepository inquiries;

	private final WrittenOpinionRepository opinions;

	private final CaseParticipants participants;

	private final CollectiveActivities collectives;

	private final JdbcClient jdbc;

	CollectiveCaseQueries(InspectionRepository inspections, InquiryRepository inquiries,
			WrittenOpinionRepository opinions, CaseParticipants participants, CollectiveActivities collectives,
			JdbcClient jdbc) {
		this.inspections = inspections;
		this.inquiries = inquiries;
		this.opinions = opinions;
		this.participants = participants;
		this.collectives = collectives;
		this.jdbc = jdbc;
	}

	public CaseView<Inspection> inspection(CurrentUser user, long id) {
		Inspection found = inspections.get(user.districtId(), id);
		return view(user, CollectiveCaseKind.INSPECTION, id, found.collectiveId(), found);
	}

	public CaseView<Inquiry> inquiry(CurrentUser user, long id) {
		Inquiry found = inquiries.get(user.districtId(), id);
		return view(user, CollectiveCaseKind.INQUIRY, id, found.collectiveId(), found);
	}

	public CaseView<WrittenOpinion> writtenOpinion(CurrentUser user, long id) {
		WrittenOpinion found = opinions.get(user.districtId(), id);
		return view(user, CollectiveCaseKind.WRITTEN_OPINION, id, found.collectiveId(), found);
	}

	/** A page of the inspections the user may list, of {@code year} if given (422 naming {@code year} if absurd). */
	public PageResult<Listed<Inspection>> inspections(CurrentUser user, Integer year, PageQuery page) {
		return list(user, CollectiveCaseKind.INSPECTION, "inspection", year, null, page, inspections::findAllById,
				Inspection::id);
	}

	/** A page of the inquiries the user may list, of a year and a kind ({@code INQUIRY}, {@code QUESTIONING}) if given. */
	public PageResult<Listed<Inquiry>> inquiries(CurrentUser user, Integer year, String kind, PageQuery page) {
		String checked = null;
		if (kind != null && !kind.isBlank()) {
			checked = InquiryKind.parse(kind)
				.orElseThrow(() -> Problem.Invalid.field("kind", "inquiry.validation.kind"))
				.name();
		}
		return list(user, CollectiveCaseKind.INQUIRY, "inquiry", year, checked, page, inquiries::findAllById,
				Inquiry::id);
	}

	/** A page of the written opinions the user may list, of {@code year} if given. */
	public PageResult<Listed<WrittenOpinion>> writtenOpinions(CurrentUser user, Integer year, PageQuery page) {
		return list(user, CollectiveCaseKind.WRITTEN_OPINION, "written_opinion", year, null, page,
				opinions::findAllById, WrittenOpinion::id);
	}

	private <T> CaseView<T> view(CurrentUser user, CollectiveCaseKind kind, long id, long collectiveId, T value) {
		List<Long> ids = participants.of(kind, id);
		Standing standing = participants.standing(user, ids);
		CollectiveCasePolicy.requireRead(user, standing);
		return new CaseView<>(value, ids, collectives.records(user.districtId(), collectiveId), standing);
	}

	private <T> PageResult<Listed<T>> list(CurrentUser user, CollectiveCaseKind kind, String table, Integer year,
			String inquiryKind, PageQuery page, Function<List<Long>, Iterable<T>> find, Function<T, Long> idOf) {
		PagedQuery query = participants.scope(PagedQuery.from(table + " c"), user, kind);
		if (year != null) {
			if (year < FIRST_YEAR || year > LAST_YEAR) {
				throw Problem.Invalid.field("year", "collective-case.validation.year", FIRST_YEAR, LAST_YEAR);
			}
			query.where("c.occurred_on >= :from and c.occurred_on < :to")
				.param("from", LocalDate.of(year, 1, 1))
				.param("to", LocalDate.of(year + 1, 1, 1));
		}
		query.whereGiven(inquiryKind, "c.kind = :inquiryKind", "inquiryKind");
		PageResult<Long> ids = query.ids(jdbc, "c.id", "c.occurred_on desc, c.id desc", page);
		Map<Long, List<Long>> byCase = participants.of(kind, ids.items());
		List<T> found = PagedQuery.inOrder(ids.items(), find, idOf);
		return page.result(found.stream().map(t -> new Listed<>(t, byCase.getOrDefault(idOf.apply(t), List.of())))
			.toList(), ids.total());
	}
}
