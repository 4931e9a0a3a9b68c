package it.sportello.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte by byte on a socket: what an HTTP client library would encode or refuse to send (a
 * {@code ;} or an encoded {@code /} in the path, a header value in UTF-8) reaches the server as a hostile client
 * sends it, through Tomcat and the security firewall.
 */
final class RawHttp {

	private RawHttp() {
	}

	record Response(int status, String head, String body) {

		String contentType() {
			return header("content-type");
		}

		String header(String name) {
			for (String line : head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
				}
			}
			return "";
		}

	}

	/** {@code headers} are complete lines ("Accept: *&#47;*"), sent as UTF-8. */
	static Response send(int port, String method, String target, byte[] body, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nConnection: close\r\n");
			for (String header : headers) {
				head.append(header).append("\r\n");
			}
			if (body.length > 0 || method.equals("POST")) {
				head.append("Content-Length: ").append(body.length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			out.write(body);
			out.flush();
			return parse(socket.getInputStream());
		}
	}

	/** The body sent in one chunk with {@code Transfer-Encoding: chunked}, so of no declared length. */
	static Response sendChunked(int port, String method, String target, byte[] body, String... headers)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n");
			for (String header : headers) {
				head.append(header).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return parse(socket.getInputStream());
		}
	}

	static Response get(int port, String target, String... headers) throws IOException {
		return send(port, "GET", target, new byte[0], headers);
	}

	private static Response parse(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
		String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
		byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
		if (new Response(0, head, "").header("transfer-encoding").equals("chunked")) {
			body = unchunk(body);
		}
		return new Response(Integer.parseInt(head.substring(9, 12)), head, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, crlf, at);
			int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] wanted, int from) {
		outer: for (int i = from; i <= data.length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (data[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
