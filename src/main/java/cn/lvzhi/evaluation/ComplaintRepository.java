package cn.lvzhi.evaluation;

import org.springframework.data.repository.ListCrudRepository;

import cn.lvzhi.shared.Problem;

interface ComplaintRepository extends ListCrudRepository<Complaint, Long> {

	/** The complaint of the district, or 404 (one of another district is unknown here). */
	default Complaint get(long districtId, long id) {
		return findById(id)
			.filter(c -> c.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("evaluation.problem.complaint-not-found", id));
	}
}
