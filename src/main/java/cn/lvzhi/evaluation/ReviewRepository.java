package cn.lvzhi.evaluation;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<ReviewRequest, Long> {
}
