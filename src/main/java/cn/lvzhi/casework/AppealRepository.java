package cn.lvzhi.casework;

import org.springframework.data.repository.ListCrudRepository;

import cn.lvzhi.shared.Problem;

interface AppealRepository extends ListCrudRepository<Appeal, Long> {

	/** The appeal of the district, or 404 (one of another district is unknown here). */
	default Appeal get(long districtId, long id) {
		return findById(id)
			.filter(a -> a.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("casework.problem.appeal-not-found", id));
	}
}
