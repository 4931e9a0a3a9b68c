package it.sportello.shared.web;

import java.net.URI;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail whose {@code detail} a person
 * understands, in the caller's language (Italian unless {@code Accept-Language} asks otherwise).
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		ProblemDetail problem = problem(ex.status(), message(ex.code(), ex.args()));
		problem.setType(URI.create("https://sportello.example/problems/" + ex.code().replace('.', '-')));
		if (ex instanceof InvalidInputException invalid) {
			problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", problem.getDetail())));
		}
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentUpdate(OptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, message("problem.concurrent-update")));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, message("problem.forbidden")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String code = ex.getMostSpecificCause() instanceof ControlCharactersBinding.Refused ? "problem.control-character.parameter"
				: "problem.invalid-parameter";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message(code, ex.getName()));
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", problem.getDetail())));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A date or number a client sent that the computations on it cannot represent (a year like 999999999 moved by a
	 * day): the request's fault. The parameter's own conversion accepted it, so which one is not known here.
	 */
	@ExceptionHandler({ DateTimeException.class, ArithmeticException.class })
	ResponseEntity<ProblemDetail> outOfRange(RuntimeException ex) {
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, message("problem.out-of-range")));
	}

	/**
	 * A value the database refused (too long, a character it cannot store: SQLState class 22) that no
	 * check caught before: the client's fault, so a 400, and the driver's message, which quotes the values,
	 * is neither returned nor logged. Any other database failure stays a server error.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> dataRefused(DataAccessException ex) {
		if (!RefusedValues.causedBy(ex)) {
			throw ex;
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, message(RefusedValues.messageCode(ex))));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(this::fieldError)
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.validation", errors.size()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.<String, String>of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messages.getMessage(error, LocaleContextHolder.getLocale()))))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.validation", errors.size()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (BodySizeLimitFilter.isTooLarge(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, message("problem.too-large")));
		}
		if (ex.getCause() instanceof ControlCharactersModule.Refused refused) {
			List<Map<String, String>> errors = List
				.of(Map.of("field", fieldPath(refused), "message", message("problem.control-character")));
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.validation", errors.size()));
			problem.setProperty("errors", errors);
			return ResponseEntity.badRequest().body(problem);
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, message("problem.unreadable")));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring's own problems (405, 415, 406, missing parameter...) keep their status but speak our language.
		if (body instanceof ProblemDetail problem) {
			String key = "problem.http." + statusCode.value();
			String localized = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
			if (localized != null) {
				problem.setDetail(localized);
			}
			problem.setTitle(titleOf(statusCode));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/** The field as Bean Validation names it: {@code citizen.firstName}, {@code items[0]}. */
	private static String fieldPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * The message as the pages show it, through the message codes of the constraint: it names the field by its label
	 * ("«Oggetto» è obbligatorio."), in the caller's language.
	 */
	private Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message", messages.getMessage(error, LocaleContextHolder.getLocale()));
	}

	private ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(titleOf(status));
		return problem;
	}

	private String titleOf(HttpStatusCode status) {
		return message("problem.title." + status.value());
	}

	private String message(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(code, args, code, locale);
	}

}
