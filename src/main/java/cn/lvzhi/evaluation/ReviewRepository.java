package cn.lvzhi.evaluation;

import org.springframework.data.repository.ListCrudRepository;

import cn.lvzhi.shared.Problem;

interface ReviewRepository extends ListCrudRepository<ReviewRequest, Long> {

	/** The request of the district, or 404 (one of another district is unknown here). */
	default ReviewRequest get(long districtId, long id) {
		return findById(id)
			.filter(r -> r.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("evaluation.problem.review-not-found", id));
	}
}
