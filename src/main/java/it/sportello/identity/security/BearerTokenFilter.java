package it.sportello.identity.security;

import java.io.IOException;
import java.util.Optional;

import it.sportello.identity.tokens.ApiTokenVerifier;
import it.sportello.identity.tokens.VerifiedToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer spt_…} on the API. A bad token is answered 401 at once
 * rather than passed on as anonymous, so that a client learns its token is the problem.
 * Not a bean: as a bean, Spring Boot would also register it on every servlet request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final ApiTokenVerifier verifier;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokenVerifier verifier, AuthenticationEntryPoint entryPoint) {
		this.verifier = verifier;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<VerifiedToken> verified = verifier.verify(header.substring(BEARER.length()).strip());
		if (verified.isEmpty()) {
			contexts.clearContext();
			entryPoint.commence(request, response, new InvalidApiTokenException());
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(
				new ApiTokenAuthentication(StaffPrincipal.of(verified.get().owner()), verified.get().tokenId()));
		contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
