package it.sportello.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of new drafts for the sheet API's tests. */
final class Drafts {

	private Drafts() {
	}

	/** A draft of the AGRI-02 office (whose head is {@code responsabile.agri-02}), with no procedure and one FAQ. */
	static Map<String, Object> agriDraft(String title) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("title", title);
		draft.put("summary", "Come chiedere il contributo.");
		draft.put("body", "## Cos'è\n\nUn contributo per le aziende agricole.");
		draft.put("officeCode", "AGRI-02");
		draft.put("keywords", List.of("contributo", "agricoltura"));
		draft.put("audience", List.of("BUSINESSES"));
		draft.put("validFrom", "2026-01-01");
		draft.put("links", List.of(Map.of("title", "Bando", "url", "https://www.regione.basilicata.example/bando")));
		draft.put("faq", List.of(Map.of("question", "Chi può chiederlo?", "answer", "Le aziende agricole.")));
		return draft;
	}

	static Map<String, Object> with(Map<String, Object> draft, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(draft);
		changed.put(field, value);
		return changed;
	}

}
