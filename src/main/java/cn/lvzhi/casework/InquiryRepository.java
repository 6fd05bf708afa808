package cn.lvzhi.casework;

import org.springframework.data.repository.ListCrudRepository;

import cn.lvzhi.shared.Problem;

interface InquiryRepository extends ListCrudRepository<Inquiry, Long> {

	/** The case of the district, or 404 (one of another district is unknown here). */
	default Inquiry get(long districtId, long id) {
		return findById(id)
			.filter(c -> c.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("inquiry.problem.not-found", id));
	}
}
