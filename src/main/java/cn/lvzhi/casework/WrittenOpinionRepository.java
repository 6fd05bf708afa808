package cn.lvzhi.casework;

import org.springframework.data.repository.ListCrudRepository;

import cn.lvzhi.shared.Problem;

interface WrittenOpinionRepository extends ListCrudRepository<WrittenOpinion, Long> {

	/** The case of the district, or 404 (one of another district is unknown here). */
	default WrittenOpinion get(long districtId, long id) {
		return findById(id)
			.filter(c -> c.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("written-opinion.problem.not-found", id));
	}
}
