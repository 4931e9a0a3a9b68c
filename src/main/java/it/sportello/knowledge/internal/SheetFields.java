package it.sportello.knowledge.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import it.sportello.knowledge.Audience;
import tools.jackson.databind.JsonNode;

/** The nested fields of an imported sheet: audiences, links, attachments and FAQ, each element checked. */
final class SheetFields {

	static final Set<String> ATTACHMENT_KINDS = Set.of("MODULO", "BANDO", "TABELLA", "SCHEMA");

	private SheetFields() {
	}

	static Set<Audience> audience(ItemFields item) {
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		for (String name : item.texts("audience", 32)) {
			Audience.fromSource(name)
				.ifPresentOrElse(audiences::add, () -> item.problem("audience", "knowledge.import.bad-audience", name));
		}
		if (audiences.isEmpty() && item.ok()) {
			item.problem("audience", "knowledge.import.required");
		}
		return audiences;
	}

	static List<SheetLink> links(ItemFields item) {
		List<SheetLink> links = new ArrayList<>();
		List<JsonNode> elements = item.array("links");
		for (int index = 0; index < elements.size(); index++) {
			ItemFields link = nested(item, "links", index, elements.get(index), Set.of("title", "url"));
			String title = link.text("title", 300);
			String url = link.text("url", 1000);
			if (!url.isEmpty() && !SafeLinks.isWebAddress(url)) {
				link.problem("url", "knowledge.import.bad-url");
			}
			links.add(new SheetLink(title, url));
		}
		return links;
	}

	static List<AttachmentNote> attachments(ItemFields item) {
		List<AttachmentNote> notes = new ArrayList<>();
		List<JsonNode> elements = item.array("attachments");
		for (int index = 0; index < elements.size(); index++) {
			ItemFields note = nested(item, "attachments", index, elements.get(index), Set.of("title", "kind"));
			String title = note.text("title", 300);
			String kind = note.text("kind", 16);
			if (!kind.isEmpty() && !ATTACHMENT_KINDS.contains(kind)) {
				note.problem("kind", "knowledge.import.bad-kind", kind);
			}
			notes.add(new AttachmentNote(title, kind, null));
		}
		return notes;
	}

	static List<FaqItem> faq(ItemFields item) {
		List<FaqItem> faq = new ArrayList<>();
		List<JsonNode> elements = item.array("faq");
		for (int index = 0; index < elements.size(); index++) {
			ItemFields question = nested(item, "faq", index, elements.get(index), Set.of("id", "question", "answer"));
			String id = question.text("id", 16);
			if (!id.isEmpty() && !KnowledgeFiles.FAQ_ID.matcher(id).matches()) {
				question.problem("id", "knowledge.import.bad-id", id);
			}
			faq.add(new FaqItem(id, question.text("question", 1000), question.text("answer", 4000)));
		}
		return faq;
	}

	private static ItemFields nested(ItemFields parent, String field, int index, JsonNode element, Set<String> known) {
		String prefix = field + "[" + index + "].";
		if (!element.isObject()) {
			parent.problem(field + "[" + index + "]", "knowledge.import.not-object");
		}
		return new ItemFields(element, prefix, known, problem -> parent.problem(problem.field(), problem.code(),
				problem.args()));
	}

}
