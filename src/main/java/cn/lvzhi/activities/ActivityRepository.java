package cn.lvzhi.activities;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityRepository extends ListCrudRepository<ActivityRecord, Long> {
}
