package it.sportello.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on an error no one else answered: a request Tomcat itself refused before the application saw
 * it (a malformed escape such as {@code %zz} in the path, a character not allowed in a request line). An API
 * request gets a problem detail instead of Tomcat's HTML report, and so does a request whose request line could
 * not be read at all (no path is known; only a program sends such a line, never a browser); other requests keep
 * Tomcat's page, which shows no server details ({@link ErrorPages} answers everything that reaches the
 * application).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	public ProblemErrorReportValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable failure) {
		String uri = request.getRequestURI();
		boolean unreadable = uri == null || uri.isEmpty();
		if (!unreadable && !uri.startsWith(PrefixFilteredHandlerMapping.API) || response.getStatus() < 400
				|| response.getContentWritten() > 0) {
			super.report(request, response, failure);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		int code = status == null ? response.getStatus() : status.value();
		Locale locale = locale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage("problem.title." + code, null,
				status == null ? String.valueOf(code) : status.getReasonPhrase(), locale));
		problem.put("status", code);
		problem.put("detail", messages.getMessage("problem.http." + code, null,
				messages.getMessage("error.title", null, locale), locale));
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot be written: nothing left to tell it.
			container.getLogger().debug("Could not write the problem detail of a refused request", ex);
		}
	}

	/** As the API's own answers: English when the client asks for it, else Italian. */
	private static Locale locale(Request request) {
		for (Locale wanted : Collections.list(request.getLocales())) {
			if (wanted.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
				return Locale.ENGLISH;
			}
			if (wanted.getLanguage().equals(Locale.ITALIAN.getLanguage())) {
				return Locale.ITALIAN;
			}
		}
		return Locale.ITALIAN;
	}

}
