package cn.lvzhi.roster;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface WorkstationRepository extends ListCrudRepository<Workstation, Long> {

	List<Workstation> findByDistrictIdOrderByDisplayOrderAscNameAsc(long districtId);

	boolean existsByDistrictIdAndNameIgnoreCase(long districtId, String name);
}
