package it.sportello.shared.importing;

import org.jspecify.annotations.Nullable;

/** Thrown by a line's check or handler to refuse the line, saying why with a message code and its arguments. */
public class LineRejected extends RuntimeException {

	private final @Nullable String field;

	private final String code;

	private final transient Object[] args;

	public LineRejected(@Nullable String field, String code, Object... args) {
		super(code, null, false, false);
		this.field = field;
		this.code = code;
		this.args = args;
	}

	LineProblem at(String file, long line) {
		return new LineProblem(file, line, field, code, args);
	}

}
