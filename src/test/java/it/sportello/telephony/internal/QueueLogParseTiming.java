package it.sportello.telephony.internal;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The parse of {@link QueueLogParseBenchmark} timed by wall clock and by the thread's CPU time, five times:
 * on a shared, loaded machine the wall clock measures the other processes as much as the parser, the CPU time
 * what the parser itself costs. Not a test: {@code bench/telephony.sh} runs it after JMH.
 */
public final class QueueLogParseTiming {

	private QueueLogParseTiming() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] sink = new long[1];
		for (int run = 1; run <= 5; run++) {
			CallAssembler assembler = new CallAssembler(new CallAssembler.Sink() {
				@Override
				public void call(CallRecord call) {
					sink[0] += call.waitSeconds();
				}

				@Override
				public void member(MemberEvent event) {
					sink[0]++;
				}

				@Override
				public void ignored(String verb) {
					sink[0]++;
				}

				@Override
				public void malformed(long line, String code, Object... a) {
					sink[0]++;
				}
			}, List.of());
			long cpu = threads.getCurrentThreadCpuTime();
			long wall = System.nanoTime();
			long lines;
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
				lines = new QueueLogReader().read(in, assembler);
			}
			double wallS = (System.nanoTime() - wall) / 1e9;
			double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			System.out.printf(Locale.ROOT, "parse run %d: %d lines, wall %.2f s (%,.0f lines/s), CPU %.2f s (%,.0f lines per CPU second)%n",
					run, lines, wallS, lines / wallS, cpuS, lines / cpuS);
		}
		System.out.println("checksum " + sink[0]);
	}

}
