package it.sportello.channels.web;

import it.sportello.channels.internal.NotificationTemplates;

/**
 * The example values of a template's preview: a ticket number, the tracking page, an access code, a short text, the
 * satisfaction survey's address.
 */
final class TemplatePreview {

	static final String NUMBER = "2026-000042";

	static final String LINK = "https://sportello.regione.example/traccia";

	static final String CODE = "ABCD-EFGH";

	static final String TEXT = "Testo di esempio: la risposta o la domanda dell'ufficio.";

	static final String SURVEY = "https://sportello.regione.example/sondaggio/esempio";

	private TemplatePreview() {
	}

	static NotificationTemplates.Rendered render(NotificationTemplates templates, String subject, String body) {
		return templates.preview(subject, body, new NotificationTemplates.Values(NUMBER, LINK, CODE, TEXT, SURVEY));
	}

}
