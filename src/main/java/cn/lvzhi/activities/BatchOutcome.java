package cn.lvzhi.activities;

import java.util.Optional;

import cn.lvzhi.shared.Problem;

/**
 * What happened to one record of a batch (verify or record many at once): each record is acted
 * on in its own transaction, so one that fails (already verified by someone else, about the
 * actor themselves) does not hold back the others.
 */
public record BatchOutcome(long id, ActivityStatus status, Integer points, Problem problem) {

	static BatchOutcome done(ActivityRecord record, Integer points) {
		return new BatchOutcome(record.id(), record.status(), points, null);
	}

	static BatchOutcome failed(long id, Problem problem) {
		return new BatchOutcome(id, null, null, problem);
	}

	public boolean succeeded() {
		return problem == null;
	}

	public Optional<Problem> failure() {
		return Optional.ofNullable(problem);
	}
}
