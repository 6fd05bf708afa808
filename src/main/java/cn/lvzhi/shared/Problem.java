package cn.lvzhi.shared;

import java.util.List;

/**
 * A domain problem that the web layer turns into problem+json (API) or a message on the page.
 * The message is a key in the message bundles, with arguments, so that it is shown in the
 * user's language.
 */
public abstract sealed class Problem extends RuntimeException
		permits Problem.NotFound, Problem.Conflict, Problem.Invalid, Problem.Forbidden,
		Problem.TooLarge, Problem.UnsupportedType {

	private final int status;

	private final String messageKey;

	private final transient Object[] args;

	private Problem(int status, String messageKey, Object... args) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.args = args;
	}

	/** The HTTP status the web layer answers this problem with, pages and API alike. */
	public int status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	/** A field that failed validation; {@code messageKey} is resolved in the bundles. */
	public record FieldViolation(String field, String messageKey, Object... args) {
	}

	/** A cell of an imported file that failed validation (1-based row as shown by Excel). */
	public record CellViolation(int row, String column, String messageKey, Object... args) {
	}

	/** An unknown id: 404. */
	public static final class NotFound extends Problem {
		public NotFound(String messageKey, Object... args) {
			super(404, messageKey, args);
		}
	}

	/** A transition not allowed from the current state, a duplicate, a stale version: 409. */
	public static final class Conflict extends Problem {
		public Conflict(String messageKey, Object... args) {
			super(409, messageKey, args);
		}
	}

	/** Failed validation: 422, with the fields or cells that are wrong. */
	public static final class Invalid extends Problem {
		private final List<FieldViolation> fields;
		private final List<CellViolation> cells;

		public Invalid(String messageKey, List<FieldViolation> fields, List<CellViolation> cells) {
			super(422, messageKey);
			this.fields = List.copyOf(fields);
			this.cells = List.copyOf(cells);
		}

		public static Invalid field(String field, String messageKey, Object... args) {
			return new Invalid("problem.invalid", List.of(new FieldViolation(field, messageKey, args)), List.of());
		}

		public static Invalid fields(List<FieldViolation> fields) {
			return new Invalid("problem.invalid", fields, List.of());
		}

		public static Invalid cells(List<CellViolation> cells) {
			return new Invalid("problem.invalid-rows", List.of(), cells);
		}

		public List<FieldViolation> fields() {
			return fields;
		}

		public List<CellViolation> cells() {
			return cells;
		}
	}

	/** Signed in, but not allowed to act on this record (a foreign workstation): 403. */
	public static final class Forbidden extends Problem {
		public Forbidden(String messageKey, Object... args) {
			super(403, messageKey, args);
		}
	}

	/** A file over the limit: 413. */
	public static final class TooLarge extends Problem {
		public TooLarge(String messageKey, Object... args) {
			super(413, messageKey, args);
		}
	}

	/** A file of a type that is not accepted (judged from its content): 415. */
	public static final class UnsupportedType extends Problem {
		public UnsupportedType(String messageKey, Object... args) {
			super(415, messageKey, args);
		}
	}
}
