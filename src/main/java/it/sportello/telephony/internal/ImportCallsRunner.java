package it.sportello.telephony.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import it.sportello.shared.DomainException;
import it.sportello.telephony.CallImportReport;
import it.sportello.telephony.ImportCallsCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Runs {@link ImportCallsCommand}: each file's report, problems as {@code file:line: reason}. */
@Component
class ImportCallsRunner implements ApplicationRunner, ExitCodeGenerator {

	private final CallImport calls;

	private final MessageSource messages;

	private PrintStream out = System.out;

	private int exitCode;

	ImportCallsRunner(CallImport calls, MessageSource messages) {
		this.calls = calls;
		this.messages = messages;
	}

	/** The JVM's CPU time so far, or -1 where the platform does not say. */
	private static long processCpuNanos() {
		if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
				instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> plain = args.getNonOptionArgs();
		if (plain.isEmpty() || !ImportCallsCommand.NAME.equals(plain.get(0))) {
			return;
		}
		List<Path> files = plain.subList(1, plain.size()).stream().map(Path::of).toList();
		if (files.isEmpty() || !files.stream().allMatch(Files::isRegularFile)) {
			out.println("uso: java -jar sportello.jar import-calls FILE…");
			out.println("     FILE: queue_log, Master.csv o CSV generico (anche .gz), importati nell''ordine");
			exitCode = 2;
			return;
		}
		Locale locale = Locale.ITALIAN;
		for (Path file : files) {
			long start = System.nanoTime();
			long cpuStart = processCpuNanos();
			try (InputStream in = Files.newInputStream(file)) {
				CallImportReport report = calls.run(file.getFileName().toString(), in,
						"cli:" + System.getProperty("user.name", "?"), null, locale);
				long millis = (System.nanoTime() - start) / 1_000_000;
				for (CallImportReport.Problem problem : report.firstProblems()) {
					out.printf("%s:%d: %s%n", file, problem.line(), problem.reason());
				}
				out.printf("%s: %s, righe %d, eventi usati %d, righe saltate %d, chiamate nuove %d, già importate %d, "
						+ "in attesa %d%n", file, report.format(), report.linesRead(), report.eventsUsed(),
						report.linesSkipped(), report.callsCompleted(), report.callsRepeated(), report.callsPending());
				report.ignoredEvents().forEach((verb, n) -> out.printf("  evento non usato %s: %d%n", verb, n));
				report.problemsByReason().forEach((reason, n) -> out.printf("  %s: %d%n", reason, n));
				// Read by bench/telephony-import.sh: the import alone, without the JVM's and Spring's start-up.
				out.println("durata dell'importazione: " + millis + " ms");
				// The process's CPU during the import (all its threads: reading, GC, JIT), steadier than the clock
				// on a shared machine; the database's own CPU is not in it.
				long cpu = processCpuNanos();
				if (cpu >= 0 && cpuStart >= 0) {
					out.println("CPU del processo durante l'importazione: " + (cpu - cpuStart) / 1_000_000 + " ms");
				}
			}
			catch (DomainException refused) {
				out.printf("%s: %s%n", file, messages.getMessage(refused.code(), refused.args(), locale));
				exitCode = 1;
			}
			catch (IOException ex) {
				out.printf("%s: %s%n", file, ex.getMessage());
				exitCode = 1;
			}
		}
	}

	void printTo(PrintStream out) {
		this.out = out;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
