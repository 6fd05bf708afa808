package cn.lvzhi.casework;

import org.springframework.data.repository.ListCrudRepository;

import cn.lvzhi.shared.Problem;

interface ProposalRepository extends ListCrudRepository<Proposal, Long> {

	/** The proposal of the district, or 404 (one of another district is unknown here). */
	default Proposal get(long districtId, long id) {
		return findById(id)
			.filter(p -> p.districtId() == districtId)
			.orElseThrow(() -> new Problem.NotFound("casework.proposal.problem.not-found", id));
	}
}
