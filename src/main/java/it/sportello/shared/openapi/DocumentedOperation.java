package it.sportello.shared.openapi;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * One operation of the API with what decides the errors it can give.
 *
 * @param checksRole whether some signed-in callers are refused for their role (403)
 */
record DocumentedOperation(String path, HttpMethod method, Operation operation, boolean checksRole) {

	/** Operations under this path need no login (public tracking). */
	static final String PUBLIC_PATHS = "/api/v1/public/";

	boolean isPublic() {
		return path.startsWith(PUBLIC_PATHS);
	}

	/**
	 * The errors this operation can give, derived from its method, path variables, body, headers and security.
	 * A public operation changes nothing (public tracking reads, by POST so that the citizen's proof is not in a URL).
	 */
	Set<ErrorResponse> errors() {
		Set<ErrorResponse> errors = EnumSet.noneOf(ErrorResponse.class);
		boolean body = operation.getRequestBody() != null;
		if (body || !parameters().isEmpty()) {
			errors.add(ErrorResponse.BAD_REQUEST);
		}
		if (!isPublic()) {
			errors.add(ErrorResponse.UNAUTHORIZED);
			if (checksRole) {
				errors.add(ErrorResponse.FORBIDDEN);
			}
		}
		if (path.contains("{")) {
			errors.add(ErrorResponse.NOT_FOUND);
		}
		if (method != HttpMethod.GET && method != HttpMethod.HEAD && !isPublic()) {
			errors.add(ErrorResponse.CONFLICT);
		}
		if (hasHeader("If-Match")) {
			errors.add(ErrorResponse.PRECONDITION_FAILED);
		}
		if (body) {
			errors.add(ErrorResponse.CONTENT_TOO_LARGE);
		}
		if (hasHeader("Idempotency-Key")) {
			errors.add(ErrorResponse.UNPROCESSABLE_CONTENT);
		}
		// Public tracking limits failed guesses per address; login throttling answers HTTP Basic the same way.
		errors.add(ErrorResponse.TOO_MANY_REQUESTS);
		return errors;
	}

	private List<Parameter> parameters() {
		return operation.getParameters() == null ? List.of() : operation.getParameters();
	}

	private boolean hasHeader(String name) {
		return parameters().stream().anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
	}

}
