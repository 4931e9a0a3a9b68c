package it.sportello.channels.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.sportello.channels.internal.Outbox.Kind;
import it.sportello.identity.StaffMember;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The texts of the notifications, in Italian and English: built in, and replaced by the manager's own
 * ({@code channel_template}). A text names what it tells with placeholders: {@code {number}} (the ticket's number),
 * {@code {link}} (the public tracking page), {@code {code}} (the access code to follow the request with, in the
 * acknowledgement), {@code {text}} (the department's question or the answer) and {@code {survey}} (the satisfaction
 * survey's address, in the answer).
 */
@Service
public class NotificationTemplates {

	public static final List<String> LANGUAGES = List.of("it", "en");

	private static final Set<String> PLACEHOLDERS = Set.of("number", "link", "code", "text", "survey");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private static final int MAX_SUBJECT = 1000;

	private static final int MAX_BODY = 20_000;

	private static final Map<String, Template> BUILT_IN = Map.of(
			key(Kind.ACKNOWLEDGEMENT, "it"), new Template(Kind.ACKNOWLEDGEMENT, "it",
					"[Sportello {number}] Abbiamo ricevuto la sua richiesta",
					"""
					Gentile cittadina, gentile cittadino,

					abbiamo ricevuto la sua richiesta e l'abbiamo registrata con il numero {number}.
					Può seguirne lo stato all'indirizzo {link} indicando il numero e il codice di accesso {code}.
					Per aggiungere informazioni risponda a questo messaggio senza cambiarne l'oggetto.

					Sportello al cittadino""", false),
			key(Kind.ACKNOWLEDGEMENT, "en"), new Template(Kind.ACKNOWLEDGEMENT, "en",
					"[Sportello {number}] We have received your request",
					"""
					Dear citizen,

					we have received your request and registered it as number {number}.
					You can follow it at {link} with the number and the access code {code}.
					To add information, reply to this message without changing its subject.

					Citizens' help desk""", false),
			key(Kind.QUESTION, "it"), new Template(Kind.QUESTION, "it",
					"[Sportello {number}] Ci servono altre informazioni",
					"""
					Gentile cittadina, gentile cittadino,

					per rispondere alla sua richiesta {number} l'ufficio competente le chiede:

					{text}

					Risponda a questo messaggio senza cambiarne l'oggetto.

					Sportello al cittadino""", false),
			key(Kind.QUESTION, "en"), new Template(Kind.QUESTION, "en",
					"[Sportello {number}] We need more information",
					"""
					Dear citizen,

					to answer your request {number} the competent office asks you:

					{text}

					Please reply to this message without changing its subject.

					Citizens' help desk""", false),
			key(Kind.ANSWER, "it"), new Template(Kind.ANSWER, "it",
					"[Sportello {number}] Risposta alla sua richiesta",
					"""
					Gentile cittadina, gentile cittadino,

					questa è la risposta alla sua richiesta {number}:

					{text}

					La richiesta è chiusa. Se ha bisogno d'altro, risponda a questo messaggio.
					Stato della richiesta: {link}

					Ci dica com'è andata, con due domande anonime (un minuto): {survey}

					Sportello al cittadino""", false),
			key(Kind.ANSWER, "en"), new Template(Kind.ANSWER, "en",
					"[Sportello {number}] Answer to your request",
					"""
					Dear citizen,

					this is the answer to your request {number}:

					{text}

					The request is closed. If you need anything else, reply to this message.
					Status of the request: {link}

					Tell us how it went, with two anonymous questions (one minute): {survey}

					Citizens' help desk""", false));

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationTemplates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A template: {@code custom} when the manager's text replaces the built-in one. */
	public record Template(Kind kind, String language, String subject, String body, boolean custom) {
	}

	/** A notification's text, with its values filled in. */
	public record Rendered(String subject, String body) {
	}

	/**
	 * What the placeholders stand for: {@code code} only in an acknowledgement, {@code text} in a question or an
	 * answer, {@code survey} in an answer; a placeholder without its value is left out.
	 */
	public record Values(String number, String link, @Nullable String code, @Nullable String text,
			@Nullable String survey) {
	}

	/** Every template, the manager's where there is one, in the order kind then language. */
	public List<Template> all() {
		List<Template> templates = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			for (String language : LANGUAGES) {
				templates.add(get(kind, language));
			}
		}
		return templates;
	}

	public Template get(Kind kind, String language) {
		requireLanguage(language);
		return jdbc.sql("select subject, body from channel_template where kind = ? and language = ?")
			.params(kind.name(), language)
			.query((rs, row) -> new Template(kind, language, rs.getString(1), rs.getString(2), true))
			.optional()
			.orElseGet(() -> BUILT_IN.get(key(kind, language)));
	}

	/**
	 * Replaces a template with the manager's text, checked first (lengths, known placeholders).
	 *
	 * @throws InvalidInputException naming {@code subject} or {@code body}
	 */
	public Template save(Kind kind, String language, String subject, String body, StaffMember by) {
		requireLanguage(language);
		check(subject, body);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		int updated = jdbc.sql("""
				update channel_template set subject = ?, body = ?, updated_by = ?, updated_at = ?
				where kind = ? and language = ?""")
			.params(subject.strip(), body.strip(), by.username(), now, kind.name(), language)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into channel_template (kind, language, subject, body, updated_by, updated_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(kind.name(), language, subject.strip(), body.strip(), by.username(), now)
				.update();
		}
		return get(kind, language);
	}

	/** Goes back to the built-in text. */
	public Template reset(Kind kind, String language) {
		requireLanguage(language);
		jdbc.sql("delete from channel_template where kind = ? and language = ?").params(kind.name(), language).update();
		return get(kind, language);
	}

	/** A text as it would be sent with these values (for the manager's preview), checked as {@link #save} does. */
	public Rendered preview(String subject, String body, Values values) {
		check(subject, body);
		return new Rendered(fill(subject, values), fill(body, values));
	}

	/**
	 * The notification in the configured languages, one text after the other; the subject is the first language's,
	 * and always carries the ticket's tag so that a reply finds its ticket.
	 */
	public Rendered render(Kind kind, List<String> languages, Values values) {
		List<String> bodies = new ArrayList<>();
		String subject = null;
		for (String language : languages.isEmpty() ? List.of("it") : languages) {
			Template template = get(kind, language);
			if (subject == null) {
				subject = fill(template.subject(), values);
			}
			bodies.add(fill(template.body(), values));
		}
		String tag = "[Sportello " + values.number() + "]";
		String tagged = subject != null && subject.contains(tag) ? subject : tag + " " + subject;
		return new Rendered(tagged, String.join("\n\n----------\n\n", bodies));
	}

	private static String fill(String template, Values values) {
		return template.replace("{number}", values.number())
			.replace("{link}", values.link())
			.replace("{code}", values.code() == null ? "" : values.code())
			.replace("{text}", values.text() == null ? "" : values.text())
			.replace("{survey}", values.survey() == null ? "" : values.survey());
	}

	private static void check(String subject, String body) {
		if (subject == null || subject.isBlank()) {
			throw new InvalidInputException("subject", "channels.template.required");
		}
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "channels.template.required");
		}
		if (subject.strip().length() > MAX_SUBJECT) {
			throw new InvalidInputException("subject", "channels.template.too-long", MAX_SUBJECT);
		}
		if (body.strip().length() > MAX_BODY) {
			throw new InvalidInputException("body", "channels.template.too-long", MAX_BODY);
		}
		if (subject.contains("\n") || subject.contains("\r")) {
			throw new InvalidInputException("subject", "channels.template.subject-one-line");
		}
		unknownPlaceholder(subject).ifPresent(name -> {
			throw new InvalidInputException("subject", "channels.template.unknown-placeholder", name, "{number}",
					"{link}", "{code}", "{text}", "{survey}");
		});
		unknownPlaceholder(body).ifPresent(name -> {
			throw new InvalidInputException("body", "channels.template.unknown-placeholder", name, "{number}",
					"{link}", "{code}", "{text}", "{survey}");
		});
	}

	private static Optional<String> unknownPlaceholder(String text) {
		Matcher placeholder = PLACEHOLDER.matcher(text);
		while (placeholder.find()) {
			if (!PLACEHOLDERS.contains(placeholder.group(1))) {
				return Optional.of("{" + placeholder.group(1) + "}");
			}
		}
		return Optional.empty();
	}

	private static void requireLanguage(String language) {
		if (!LANGUAGES.contains(language)) {
			throw new InvalidInputException("language", "channels.template.unknown-language", language);
		}
	}

	private static String key(Kind kind, String language) {
		return kind.name() + "/" + language;
	}

}
