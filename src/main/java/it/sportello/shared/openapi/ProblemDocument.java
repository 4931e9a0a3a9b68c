package it.sportello.shared.openapi;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The shape of every error the API answers (RFC 9457, {@code application/problem+json}), as the document shows it;
 * the answers themselves are Spring's {@code ProblemDetail}s written by the problem handlers.
 */
@Schema(name = ProblemDocument.NAME,
		description = "An error as RFC 9457 describes it. 'detail' says what went wrong in words a person understands, "
				+ "in Italian or in English (Accept-Language: en).")
record ProblemDocument(@Schema(description = "A URI naming the kind of problem; 'about:blank' when the status says it all",
		example = "about:blank") URI type,
		@Schema(description = "The status's short name", example = "Bad Request") String title,
		@Schema(description = "The HTTP status", example = "400") int status,
		@Schema(description = "What went wrong and, where it helps, what to do",
				example = "Il ticket è stato modificato da un altro utente") String detail,
		@Schema(description = "The path of the request") @Nullable URI instance,
		@Schema(description = "For invalid input: each field in error with its message") @Nullable List<FieldProblem> errors) {

	static final String NAME = "ProblemDetail";

	/** One invalid field of a request. */
	@Schema(name = "FieldError")
	record FieldProblem(@Schema(description = "The field's path in the request", example = "citizen.fiscalCode") String field,
			@Schema(description = "Why it is refused, naming the field", example = "Codice fiscale non valido") String message) {

	}

}
