package it.sportello.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application as an operating-system process of its own, as an administrator runs it: so that a test can
 * kill it (SIGKILL) or stop it (SIGTERM) and look at what it left behind. Started from the test's class path
 * without the test classes (the tests' configuration and settings stay out), on a free port, with its output
 * in a file.
 */
public final class ApplicationProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final Path output;

	private final int port;

	private ApplicationProcess(Process process, Path output, int port) {
		this.process = process;
		this.output = output;
		this.port = port;
	}

	/**
	 * Starts it in {@code workingDirectory} (where the embedded database's {@code ./data} goes) with the given
	 * command-line settings ({@code --name=value}), and returns once it answers that it is ready.
	 */
	public static ApplicationProcess start(Path workingDirectory, String... settings) throws IOException,
			InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(),
				"it.sportello.Sportello", "--server.port=0"));
		command.addAll(Arrays.asList(settings));
		Path output = workingDirectory.resolve("application.log");
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		ApplicationProcess application = new ApplicationProcess(process, output, awaitPort(process, output));
		application.awaitReady();
		return application;
	}

	public int port() {
		return port;
	}

	/** What it printed so far. */
	public String output() throws IOException {
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	/** SIGKILL: no shutdown hook, no flush; what was not on disk is gone. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM, as Ctrl+C or a service manager stops it; the exit status once it has stopped. */
	public int terminate() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the application did not stop within 90 s of SIGTERM");
		}
		return process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	private static int awaitPort(Process process, Path output) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			Matcher port = PORT.matcher(Files.readString(output, StandardCharsets.UTF_8));
			if (port.find()) {
				return Integer.parseInt(port.group(1));
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped while starting:\n" + Files.readString(output));
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the application did not start within 5 minutes");
	}

	/** Health answers UP only after the start-up tasks (demo data, search index). */
	private void awaitReady() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(10))
			.build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
				return;
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped while starting:\n" + output());
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the application was not ready within 5 minutes");
	}

	/** The class path this test runs on, without the test classes: the application's classes and libraries. */
	private static String applicationClassPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
	}

}
