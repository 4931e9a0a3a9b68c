package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields that differ between a record's data before and after a change, as the audit trail stores them
 * (JSON objects of the record's writable fields): a creation lists every field it set, a deletion every field
 * it had.
 */
final class ChangeDifferences {

	private ChangeDifferences() {
	}

	static List<DirectoryChangeView.Difference> between(JsonMapper json, @Nullable String before, @Nullable String after) {
		Map<String, @Nullable String> old = values(json, before);
		Map<String, @Nullable String> now = values(json, after);
		Set<String> fields = new LinkedHashSet<>(old.keySet());
		fields.addAll(now.keySet());
		List<DirectoryChangeView.Difference> differences = new ArrayList<>();
		for (String field : fields) {
			String was = old.get(field);
			String is = now.get(field);
			if (was == null ? is != null : !was.equals(is)) {
				differences.add(new DirectoryChangeView.Difference(field, was, is));
			}
		}
		return List.copyOf(differences);
	}

	private static Map<String, @Nullable String> values(JsonMapper json, @Nullable String data) {
		Map<String, @Nullable String> values = new java.util.LinkedHashMap<>();
		if (data == null) {
			return values;
		}
		JsonNode node = json.readTree(data);
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			values.put(field.getKey(), text(field.getValue()));
		}
		return values;
	}

	/** A value as a person reads it: text as is, a list (the interim roles) item by item. */
	private static @Nullable String text(JsonNode value) {
		if (value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isValueNode()) {
			String text = value.asString();
			return text.isBlank() ? null : text;
		}
		List<String> items = new ArrayList<>();
		for (JsonNode item : value) {
			items.add(item.isValueNode() ? item.asString() : String.join(" ", item.valueStream().map(JsonNode::asString).toList()));
		}
		return items.isEmpty() ? null : String.join(", ", items);
	}

}
