package cn.lvzhi.roster;

import org.springframework.data.repository.ListCrudRepository;

interface RepresentativeRepository extends ListCrudRepository<Representative, Long> {
}
