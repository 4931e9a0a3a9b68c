package it.sportello.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The third parties of the written channels, run for real on loopback for the whole application's tests: GreenMail
 * as the IMAP and SMTP server ({@code spring.mail.*} points at it), and a small HTTP server standing in for the SMS
 * provider ({@code sportello.sms.gateway.url}), which records what it receives and answers like a provider.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ChannelStandIns {

	/** The inbound webhook's shared secret in tests. */
	public static final String SMS_SECRET = "segreto-di-prova";

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		ServerSetup[] setups = ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP);
		return new GreenMail(setups);
	}

	@Bean(destroyMethod = "stop")
	SmsProviderStandIn smsProvider() throws IOException {
		return SmsProviderStandIn.start();
	}

	@Bean
	DynamicPropertyRegistrar channelStandInProperties(GreenMail greenMail, SmsProviderStandIn sms) {
		return registry -> {
			registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
			registry.add("sportello.sms.gateway.url", () -> "http://127.0.0.1:" + sms.port() + "/send");
			registry.add("sportello.sms.gateway.auth", () -> "BEARER");
			registry.add("sportello.sms.gateway.token", () -> "token-di-prova");
			registry.add("sportello.sms.gateway.sender", () -> "Sportello");
			registry.add("sportello.sms.inbound-secret", () -> SMS_SECRET);
		};
	}

	/** The SMS provider: a real HTTP server that records each send request and answers {@code {"id": "sms-N"}}. */
	public static final class SmsProviderStandIn {

		private final HttpServer server;

		private final List<Request> requests = new CopyOnWriteArrayList<>();

		private final AtomicInteger sequence = new AtomicInteger();

		private volatile int failWith;

		private SmsProviderStandIn(HttpServer server) {
			this.server = server;
		}

		static SmsProviderStandIn start() throws IOException {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			SmsProviderStandIn standIn = new SmsProviderStandIn(server);
			server.createContext("/send", exchange -> {
				try (InputStream body = exchange.getRequestBody()) {
					String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
					standIn.requests.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"),
							exchange.getRequestHeaders().getFirst("Content-Type"), text));
				}
				int status = standIn.failWith;
				byte[] answer = (status == 0 ? "{\"id\":\"sms-" + standIn.sequence.incrementAndGet() + "\"}"
						: "{\"error\":\"unavailable\"}").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(status == 0 ? 200 : status, answer.length);
				exchange.getResponseBody().write(answer);
				exchange.close();
			});
			server.start();
			return standIn;
		}

		public int port() {
			return server.getAddress().getPort();
		}

		/** The requests received so far, oldest first. */
		public List<Request> requests() {
			return List.copyOf(requests);
		}

		/** From now on answer every request with this status (0: answer normally again). */
		public void failWith(int status) {
			this.failWith = status;
		}

		void stop() {
			server.stop(0);
		}

		/** A send request as received: its Authorization and Content-Type headers and its body. */
		public record Request(String authorization, String contentType, String body) {
		}

	}

}
