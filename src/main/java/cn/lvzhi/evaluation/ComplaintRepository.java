package cn.lvzhi.evaluation;

import org.springframework.data.repository.ListCrudRepository;

interface ComplaintRepository extends ListCrudRepository<Complaint, Long> {
}
