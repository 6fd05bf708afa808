package cn.lvzhi.evaluation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.PagedQuery;

/**
 * Review requests as they are read: the evaluation group reads every request of its district, a
 * representative their own ({@link CasePolicy}); the open ones for the inbox. Unknown: 404;
 * another's: 403.
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
		CasePolicy.requireReview(user, review);
		return review;
	}

	/**
	 * A page of the requests the user may see, newest first: the evaluation group all of the
	 * district, a representative their own; anybody else 403.
	 */
	public PageResult<ReviewRequest> list(CurrentUser user, CaseStatus status, PageQuery page) {
		var query = PagedQuery.from("review_request").where("district_id = :district", "district", user.districtId());
		CasePolicy.reviewsOf(user).ifPresent(self -> query.where("representative_id = :self", "self", self));
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
