package it.sportello.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit (1 MB by default) with a 413 problem detail, whether
 * the client declares the length or streams the body in chunks. The import paths (a month of phone-switch log)
 * have a limit of their own. A multipart body is parsed by the server from its own stream, which this filter
 * cannot count: outside the import paths it must declare its length (411 otherwise), so the limit holds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(HttpProperties.class)
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long ordinaryLimit;

	private final long importLimit;

	private final java.util.List<String> importPaths;

	BodySizeLimitFilter(HttpProperties properties) {
		this.ordinaryLimit = properties.maxBodySize().toBytes();
		this.importLimit = properties.maxImportSize().toBytes();
		this.importPaths = properties.importPaths().stream().filter(p -> !p.isBlank()).toList();
	}

	static boolean isTooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean importing = importPaths.contains(request.getRequestURI().substring(request.getContextPath().length()));
		long limit = importing ? importLimit : ordinaryLimit;
		String type = request.getContentType();
		// A body of unknown length comes chunked (HTTP/1.1 gives a body either a Content-Length or a chunked encoding).
		if (!importing && request.getContentLengthLong() < 0 && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				&& "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
			response.setStatus(411);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Length Required\",\"status\":411,"
						+ "\"detail\":\"Un corpo multipart deve dichiarare la sua lunghezza (Content-Length).\"}");
			return;
		}
		if (request.getContentLengthLong() > limit) {
			response.setStatus(413);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
						+ "\"detail\":\"Il corpo della richiesta supera il limite di " + limit / 1024 + " KB.\"}");
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body too large");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		LimitedStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			int n = delegate.read(buffer, off, len);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			count += n;
			if (count > limit) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
