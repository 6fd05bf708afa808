package cn.lvzhi.yearend;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface YearEndEvaluationRepository extends ListCrudRepository<YearEndEvaluation, Long> {

	Optional<YearEndEvaluation> findByRepresentativeIdAndYear(long representativeId, int year);
}
