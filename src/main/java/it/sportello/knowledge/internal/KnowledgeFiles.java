package it.sportello.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import it.sportello.knowledge.SheetState;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the knowledge files ({@code sheets.json}, {@code procedures.json}: arrays of objects) into contents, noting
 * every malformed item and field. References to the structure and between files are checked by
 * {@link KnowledgeImport}.
 */
final class KnowledgeFiles {

	static final String SHEETS = "sheets.json";

	static final String PROCEDURES = "procedures.json";

	static final Pattern SHEET_ID = Pattern.compile("SI-\\d{4,}");

	static final Pattern PROCEDURE_ID = Pattern.compile("PR-\\d{4,}");

	static final Pattern FAQ_ID = Pattern.compile("FAQ-\\d{4,}");

	private static final Set<String> SHEET_FIELDS = Set.of("id", "title", "summary", "body", "department", "office",
			"procedure", "keywords", "audience", "valid_from", "valid_until", "links", "attachments", "faq", "status");

	private static final Set<String> PROCEDURE_FIELDS = Set.of("id", "name", "description", "department", "office",
			"legal_basis", "term_days", "silence_assent", "required_documents", "fees", "how_to_apply",
			"responsible_employee_id", "substitute_power", "keywords");

	private static final Map<String, SheetState> STATUSES = Map.of("DRAFT", SheetState.DRAFT, "ACTIVE",
			SheetState.ACTIVE, "EXPIRED", SheetState.EXPIRED);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A problem of an item (index from 0, id when known), or of the whole file (index -1). */
	record Located(String file, int index, @Nullable String id, ItemFields.Problem problem) {
	}

	record ImportedSheet(int index, String id, SheetState state, SheetContent content) {
	}

	private final List<Located> problems = new ArrayList<>();

	List<Located> problems() {
		return problems;
	}

	List<ProcedureContent> procedures(byte @Nullable [] file) {
		List<ProcedureContent> read = new ArrayList<>();
		List<JsonNode> items = items(PROCEDURES, file);
		for (int index = 0; index < items.size(); index++) {
			JsonNode node = items.get(index);
			if (!node.isObject()) {
				continue;
			}
			ItemFields item = fields(PROCEDURES, index, node, PROCEDURE_FIELDS, "");
			String id = id(item, PROCEDURE_ID);
			ProcedureContent procedure = new ProcedureContent(id, item.text("name", 500),
					item.text("description", 4000), item.text("department", 32), item.text("office", 32),
					item.text("responsible_employee_id", 32), item.text("legal_basis", 4000),
					item.positiveInt("term_days"), item.bool("silence_assent"),
					item.texts("required_documents", 1000), item.text("fees", 4000), item.text("how_to_apply", 4000),
					item.text("substitute_power", 4000), item.texts("keywords", 200));
			// Kept even when malformed, so that its references are checked too: nothing is written with problems.
			read.add(procedure);
		}
		return read;
	}

	List<ImportedSheet> sheets(byte @Nullable [] file) {
		List<ImportedSheet> read = new ArrayList<>();
		List<JsonNode> items = items(SHEETS, file);
		for (int index = 0; index < items.size(); index++) {
			JsonNode node = items.get(index);
			if (!node.isObject()) {
				continue;
			}
			ItemFields item = fields(SHEETS, index, node, SHEET_FIELDS, "");
			String id = id(item, SHEET_ID);
			String status = item.text("status", 16);
			SheetState state = STATUSES.get(status);
			if (state == null && !status.isEmpty()) {
				item.problem("status", "knowledge.import.bad-status", status);
			}
			SheetContent content = new SheetContent(item.text("title", 300), item.text("summary", 1000),
					item.text("body", 100_000), item.text("department", 32), item.text("office", 32),
					procedureReference(item), item.texts("keywords", 200), SheetFields.audience(item),
					orToday(item.date("valid_from", true)), item.date("valid_until", false), SheetFields.links(item),
					SheetFields.attachments(item), SheetFields.faq(item));
			if (content.validUntil() != null && content.validUntil().isBefore(content.validFrom())) {
				item.problem("valid_until", "knowledge.import.until-before-from");
			}
			read.add(new ImportedSheet(index, id, state == null ? SheetState.DRAFT : state, content));
		}
		return read;
	}

	private static @Nullable String procedureReference(ItemFields item) {
		String procedure = item.optionalText("procedure", 16);
		if (procedure != null && !PROCEDURE_ID.matcher(procedure).matches()) {
			item.problem("procedure", "knowledge.import.bad-id", procedure);
		}
		return procedure;
	}

	private static java.time.LocalDate orToday(java.time.@Nullable LocalDate date) {
		// Only reached for an item already noted as bad: the value is never stored.
		return date != null ? date : java.time.LocalDate.EPOCH;
	}

	private static String id(ItemFields item, Pattern pattern) {
		String id = item.text("id", 16);
		if (!id.isEmpty() && !pattern.matcher(id).matches()) {
			item.problem("id", "knowledge.import.bad-id", id);
		}
		return id;
	}

	private ItemFields fields(String file, int index, JsonNode node, Set<String> known, String prefix) {
		String id = node.path("id").isString() ? node.path("id").asString() : null;
		return new ItemFields(node, prefix, known, problem -> problems.add(new Located(file, index, id, problem)));
	}

	private List<JsonNode> items(String file, byte @Nullable [] content) {
		if (content == null) {
			return List.of();
		}
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException unreadable) {
			problems.add(new Located(file, -1, null, new ItemFields.Problem("", "knowledge.import.unreadable")));
			return List.of();
		}
		if (!root.isArray()) {
			problems.add(new Located(file, -1, null, new ItemFields.Problem("", "knowledge.import.not-array")));
			return List.of();
		}
		List<JsonNode> items = new ArrayList<>();
		for (int index = 0; index < root.size(); index++) {
			JsonNode node = root.get(index);
			if (!node.isObject()) {
				problems.add(new Located(file, index, null, new ItemFields.Problem("", "knowledge.import.not-object")));
			}
			items.add(node);
		}
		return items;
	}

}
