package it.sportello.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real OpenSearch node inside the test JVM (OpenSearch Runner), on HTTP and transport ports that were free a
 * moment before it started, with its data under {@code target/} and removed when it is closed. Test classes get the
 * one node of the run as a parameter of their {@code @BeforeAll} method, with {@code @ExtendWith(OpenSearchNode.Shared.class)}:
 * it starts with the first class that asks for it and stops when the run ends.
 */
public final class OpenSearchNode implements AutoCloseable {

	/** Resolves an {@link OpenSearchNode} parameter to the run's one node. */
	public static final class Shared implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == OpenSearchNode.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			// In the root store: closed (AutoCloseable) when the whole run ends.
			return context.getRoot().getStore(ExtensionContext.Namespace.create(OpenSearchNode.class))
				.computeIfAbsent(OpenSearchNode.class, key -> start(), OpenSearchNode.class);
		}

	}

	static {
		// OpenSearch 2.19.1 asserts that it runs on the Lucene it was built with (9.12.1); the application has 9.12.3,
		// a patch release of the same index format. Its assertions are left out, the tests' own are kept.
		OpenSearchNode.class.getClassLoader().setPackageAssertionStatus("org.opensearch", false);
	}

	private final OpenSearchRunner runner = new OpenSearchRunner();

	private final int httpPort;

	private OpenSearchNode(int httpPort) {
		this.httpPort = httpPort;
	}

	public static OpenSearchNode start() {
		int http = freePort();
		int transport = freePort();
		OpenSearchNode node = new OpenSearchNode(http);
		Path home = Path.of("target", "opensearch-" + UUID.randomUUID()).toAbsolutePath();
		node.runner.onBuild((number, settings) -> settings.put("http.port", http)
			.put("transport.port", transport)
			.put("network.host", "127.0.0.1")
			// The machine's disk may be fuller than OpenSearch's watermarks: the shards must be allocated anyway.
			.put("cluster.routing.allocation.disk.threshold_enabled", false));
		// The runner looks for a free HTTP port from the base up to this bound (9299 unless told).
		node.runner.setMaxHttpPort(http);
		node.runner.build(OpenSearchRunner.newConfigs()
			.clusterName("sportello-test-" + http)
			.numOfNode(1)
			.baseHttpPort(http - 1)
			.basePath(home.toString())
			.disableESLogger());
		node.runner.ensureYellow();
		return node;
	}

	/** The node's HTTP address. */
	public String url() {
		return "http://127.0.0.1:" + httpPort;
	}

	public OpenSearchRunner runner() {
		return runner;
	}

	@Override
	public void close() {
		try {
			runner.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			runner.clean();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
