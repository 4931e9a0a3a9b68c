package it.sportello.shared.web;

import java.sql.SQLException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whether the database refused a value a client could have sent: too long (22001), a character it cannot store
 * (22021, a NUL; 22P05), a date or time it cannot represent (22008, a year like 999999999). Other data exceptions
 * (a bad cast, a division by zero) are our own bugs and stay 500s.
 */
final class RefusedValues {

	private static final Set<String> CLIENT_VALUES = Set.of("22001", "22021", "22P05", "22008");

	private static final String OUT_OF_RANGE = "22008";

	private RefusedValues() {
	}

	static boolean causedBy(Throwable ex) {
		String state = sqlState(ex);
		return state != null && CLIENT_VALUES.contains(state);
	}

	/** The message that says what was wrong with the value (call only when {@link #causedBy} is true). */
	static String messageCode(Throwable ex) {
		return OUT_OF_RANGE.equals(sqlState(ex)) ? "problem.out-of-range" : "problem.invalid-data";
	}

	private static @Nullable String sqlState(Throwable ex) {
		for (@Nullable Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

}
