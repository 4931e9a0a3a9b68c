package it.sportello.organization.internal;

import java.util.List;

/** A field that breaks a rule of the directory files: the message code and the values it quotes. */
record Broken(String code, List<Object> arguments) {

	static Broken of(String code, Object... arguments) {
		return new Broken("directory.import.problem." + code, List.of(arguments));
	}

}
