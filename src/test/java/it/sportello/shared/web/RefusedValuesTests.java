package it.sportello.shared.web;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The safety net behind the input checks: a value the database itself refuses (SQLState class 22) is
 * the request's fault, a 400 that shows nothing of the driver's message (which quotes the values).
 */
class RefusedValuesTests {

	private static final String DRIVER_MESSAGE = "Batch entry 0 insert into ticket values ('Quirino Rossi') was aborted";

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	{
		messages.setBasename("messages/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		LocaleContextHolder.setLocale(Locale.ITALIAN);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aValueTooLongOrWithABadCharacterIsABadRequestWithoutTheDriversMessage() {
		for (String state : new String[] { "22001", "22021" }) {
			ResponseEntity<ProblemDetail> response = new ApiProblemHandler(messages).dataRefused(refused(state));

			assertThat(response.getStatusCode().value()).isEqualTo(400);
			assertThat(response.getBody().getDetail()).startsWith("Un valore inviato non pu\u00f2 essere salvato");
			assertThat(response.getBody().toString()).doesNotContain("Quirino");
		}
	}

	@Test
	void pagesShowTheSameRefusalInTheirErrorLayout() {
		ModelAndView view = new PageErrorHandler(messages).dataRefused(refused("22021"));

		assertThat(view.getStatus().value()).isEqualTo(400);
		assertThat(view.getModel().get("message").toString()).startsWith("Un valore inviato");
	}

	@Test
	void otherDatabaseFailuresStayServerErrors() {
		DataIntegrityViolationException duplicate = new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key", "23505"));
		DataAccessResourceFailureException down = new DataAccessResourceFailureException("down",
				new SQLException("connection refused", "08001"));
		DataIntegrityViolationException ourBug = new DataIntegrityViolationException("bad cast",
				new SQLException("invalid input syntax for type bigint", "22P02"));
		assertThatThrownBy(() -> new ApiProblemHandler(messages).dataRefused(ourBug)).isSameAs(ourBug);

		assertThatThrownBy(() -> new ApiProblemHandler(messages).dataRefused(duplicate)).isSameAs(duplicate);
		assertThatThrownBy(() -> new PageErrorHandler(messages).dataRefused(down)).isSameAs(down);
	}

	/** As Spring translates pgjdbc's batch failure: the SQLState on the batch exception, the values in its message. */
	private static DataIntegrityViolationException refused(String state) {
		return new DataIntegrityViolationException("could not execute batch [" + DRIVER_MESSAGE + "]",
				new RuntimeException("could not execute batch", new BatchUpdateException(DRIVER_MESSAGE, state, new int[0])));
	}

}
