package it.sportello.knowledge.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one item of an imported JSON file, noting each missing or malformed field instead of stopping
 * at the first, so that one run reports every problem of the file. A field with a problem reads as an empty value;
 * the caller looks at {@link #ok()} before using the item.
 */
final class ItemFields {

	/** A problem before it is put in words: the field (a path like {@code faq[2].id}), a message code and arguments. */
	record Problem(String field, String code, Object... args) {
	}

	private final JsonNode item;

	private final String prefix;

	private final Consumer<Problem> problems;

	private boolean ok = true;

	ItemFields(JsonNode item, String prefix, Set<String> known, Consumer<Problem> problems) {
		this.item = item;
		this.prefix = prefix;
		this.problems = problems;
		for (String name : item.propertyNames()) {
			if (!known.contains(name)) {
				problem(name, "knowledge.import.unknown-field");
			}
		}
	}

	boolean ok() {
		return ok;
	}

	void problem(String field, String code, Object... args) {
		ok = false;
		problems.accept(new Problem(prefix + field, code, args));
	}

	String text(String field, int maxLength) {
		String value = optionalText(field, maxLength);
		if (value == null) {
			problem(field, "knowledge.import.required");
			return "";
		}
		return value;
	}

	@Nullable String optionalText(String field, int maxLength) {
		JsonNode node = item.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			problem(field, "knowledge.import.not-text");
			return null;
		}
		String value = node.asString().strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > maxLength) {
			problem(field, "knowledge.import.too-long", maxLength);
			return null;
		}
		return value;
	}

	List<String> texts(String field, int maxLength) {
		List<String> values = new ArrayList<>();
		for (JsonNode element : array(field)) {
			if (!element.isString() || element.asString().isBlank()) {
				problem(field, "knowledge.import.not-text-list");
			}
			else if (element.asString().strip().length() > maxLength) {
				problem(field, "knowledge.import.too-long", maxLength);
			}
			else {
				values.add(element.asString().strip());
			}
		}
		return values;
	}

	List<JsonNode> array(String field) {
		JsonNode node = item.path(field);
		if (!node.isArray()) {
			problem(field, "knowledge.import.not-list");
			return List.of();
		}
		List<JsonNode> elements = new ArrayList<>();
		node.forEach(elements::add);
		return elements;
	}

	@Nullable LocalDate date(String field, boolean required) {
		JsonNode node = item.path(field);
		if (node.isMissingNode() || node.isNull()) {
			if (required) {
				problem(field, "knowledge.import.required");
			}
			return null;
		}
		try {
			if (node.isString()) {
				return LocalDate.parse(node.asString());
			}
		}
		catch (DateTimeParseException malformed) {
			// reported as a malformed date, like a value of the wrong type
		}
		problem(field, "knowledge.import.not-date");
		return null;
	}

	int positiveInt(String field) {
		JsonNode node = item.path(field);
		if (!node.isInt() || node.intValue() < 1) {
			problem(field, "knowledge.import.not-positive-integer");
			return 0;
		}
		return node.intValue();
	}

	boolean bool(String field) {
		JsonNode node = item.path(field);
		if (!node.isBoolean()) {
			problem(field, "knowledge.import.not-boolean");
			return false;
		}
		return node.booleanValue();
	}

}
