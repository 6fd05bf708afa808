package cn.lvzhi.evaluation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Review requests as they are read: the evaluation group reads every request of its district, a
 * representative their own; the open ones for the inbox. Unknown: 404; another's: 403.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

	private final ReviewRepository reviews;

	private final JdbcClient jdbc;

	ReviewQueries(ReviewRepository reviews, JdbcClient jdbc) {
		this.reviews = reviews;
		this.jdbc = jdbc;
	}

	/** A request the user may read: the evaluation group any of the district, a representative their own. */
	public ReviewRequest get(CurrentUser user, long id) {
		ReviewRequest review = reviews.get(user.districtId(), id);
		if (user.has(Role.EVALUATION_GROUP)
				|| user.has(Role.REPRESENTATIVE) && user.representativeId().map(r -> r == review.representativeId()).orElse(false)) {
			return review;
		}
		throw new Problem.Forbidden("evaluation.problem.not-yours");
	}

	/**
	 * A page of the requests the user may see, newest first: the evaluation group all of the
	 * district, a representative their own; anybody else 403.
	 */
	public PageResult<ReviewRequest> list(CurrentUser user, CaseStatus status, PageQuery page) {
		var query = PagedQuery.from("review_request").where("district_id = :district", "district", user.districtId());
		if (!user.has(Role.EVALUATION_GROUP)) {
			if (!user.has(Role.REPRESENTATIVE) || user.representativeId().isEmpty()) {
				throw new Problem.Forbidden("problem.forbidden");
			}
			query.where("representative_id = :self", "self", user.representativeId().get());
		}
		PageResult<Long> ids = query.whereGiven(status == null ? null : status.name(), "status = :status", "status")
			.ids(jdbc, "id", "requested_at desc, id desc", page);
		return page.result(PagedQuery.inOrder(ids.items(), reviews::findAllById, ReviewRequest::id), ids.total());
	}

	/** Every open request of the district, oldest first (the inbox). */
	List<ReviewRequest> open(long districtId) {
		List<Long> ids = jdbc
			.sql("select id from review_request where district_id = ? and status = 'OPEN' order by requested_at, id")
			.param(districtId)
			.query(Long.class)
			.list();
		return PagedQuery.inOrder(ids, reviews::findAllById, ReviewRequest::id);
	}
}
