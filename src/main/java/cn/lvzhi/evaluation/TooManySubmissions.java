package cn.lvzhi.evaluation;

/**
 * An anonymous client address has submitted {@code limit} questions or complaints within the
 * last hour: the web layer answers 429 (problem+json, or a message on the form).
 */
public class TooManySubmissions extends RuntimeException {

	private final int limit;

	TooManySubmissions(int limit) {
		super("evaluation.problem.too-many");
		this.limit = limit;
	}

	public String messageKey() {
		return "evaluation.problem.too-many";
	}

	public int limit() {
		return limit;
	}
}
