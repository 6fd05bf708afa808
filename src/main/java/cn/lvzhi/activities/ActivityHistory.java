package cn.lvzhi.activities;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.relational.core.mapping.Table;

/** One transition of a record: the state it reached, who moved it there, when and why. */
@Table("activity_history")
public record ActivityHistory(ActivityStatus status, String byUsername, Instant at, String reason) {

	public Optional<String> reasonText() {
		return Optional.ofNullable(reason);
	}
}
