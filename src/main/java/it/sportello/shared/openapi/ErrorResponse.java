package it.sportello.shared.openapi;

/**
 * The problem-detail responses the API gives, each declared once in the document's components and referred to by
 * the operations that can give it.
 */
enum ErrorResponse {

	BAD_REQUEST("400", "Invalid input: a malformed body, a value of the wrong type or a field that fails validation "
			+ "(each listed in 'errors'). Nothing is changed."),
	UNAUTHORIZED("401", "No credentials, or wrong ones: send HTTP Basic or a personal API token "
			+ "(Authorization: Bearer spt_...)."),
	FORBIDDEN("403", "The caller's role may not do this. Nothing is changed."),
	NOT_FOUND("404", "Nothing has that identifier, or it is outside the caller's department."),
	CONFLICT("409", "The resource's state does not allow this (a ticket action its state does not allow, say), "
			+ "or another change to it was committed at the same time. Nothing is changed."),
	PRECONDITION_FAILED("412", "If-Match names a version that is no longer current: someone else changed the "
			+ "resource. Read it again (ETag) before retrying. Nothing is changed."),
	CONTENT_TOO_LARGE("413", "The request body is larger than the limit (sportello.http.max-body-size, 1 MB by default)."),
	UNPROCESSABLE_CONTENT("422", "The Idempotency-Key was already used with a different body."),
	TOO_MANY_REQUESTS("429", "Too many failed attempts from this address (login, or public tracking): try again "
			+ "after the seconds given in Retry-After.");

	private final String code;

	private final String description;

	ErrorResponse(String code, String description) {
		this.code = code;
		this.description = description;
	}

	String code() {
		return code;
	}

	String description() {
		return description;
	}

	/** The name under {@code components/responses}, e.g. {@code Problem404}. */
	String componentName() {
		return "Problem" + code;
	}

}
