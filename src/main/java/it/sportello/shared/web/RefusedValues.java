package it.sportello.shared.web;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/** Whether the database refused a value itself (SQLState class 22, "data exception"), not the operation. */
final class RefusedValues {

	private RefusedValues() {
	}

	static boolean causedBy(Throwable ex) {
		for (@Nullable Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState().startsWith("22");
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
