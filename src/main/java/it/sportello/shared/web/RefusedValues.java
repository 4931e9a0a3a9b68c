package it.sportello.shared.web;

import java.sql.SQLException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whether the database refused a value a client could have sent: too long (22001), a character it cannot store
 * (22021, a NUL; 22P05). Other data exceptions (a bad cast, a division by zero) are our own bugs and stay 500s.
 */
final class RefusedValues {

	private static final Set<String> CLIENT_VALUES = Set.of("22001", "22021", "22P05");

	private RefusedValues() {
	}

	static boolean causedBy(Throwable ex) {
		for (@Nullable Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return CLIENT_VALUES.contains(sql.getSQLState());
			}
		}
		return false;
	}

}
