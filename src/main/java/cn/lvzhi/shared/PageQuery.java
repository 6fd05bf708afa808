package cn.lvzhi.shared;

import java.util.List;

/**
 * {@code ?page=0&size=100}: page from 0, size from 1 to 1000 (API.md). Out-of-range values are
 * refused with 422 rather than silently clamped, so a client learns its mistake.
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 100;

	public static final int MAX_SIZE = 1000;

	public static PageQuery of(Integer page, Integer size) {
		int p = page == null ? 0 : page;
		int s = size == null ? DEFAULT_SIZE : size;
		var violations = new java.util.ArrayList<Problem.FieldViolation>();
		if (p < 0) {
			violations.add(new Problem.FieldViolation("page", "validation.page.min"));
		}
		if (s < 1 || s > MAX_SIZE) {
			violations.add(new Problem.FieldViolation("size", "validation.size.range", MAX_SIZE));
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(List.copyOf(violations));
		}
		return new PageQuery(p, s);
	}

	public long offset() {
		return (long) page * size;
	}

	public <T> PageResult<T> result(List<T> items, long total) {
		return new PageResult<>(items, page, size, total);
	}
}
