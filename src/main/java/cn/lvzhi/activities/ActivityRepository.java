package cn.lvzhi.activities;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityRepository extends ListCrudRepository<ActivityRecord, Long> {

	/** The records created from one casework source, oldest first. */
	List<ActivityRecord> findBySourceTypeAndSourceIdOrderById(String sourceType, Long sourceId);

	/** The records of one collective activity, in the order they were created (its participants' order). */
	List<ActivityRecord> findByCollectiveIdOrderById(Long collectiveId);

	/** A representative's latest records that belong to a collective activity, newest first. */
	List<ActivityRecord> findFirst10ByRepresentativeIdAndCollectiveIdIsNotNullOrderByIdDesc(long representativeId);
}
