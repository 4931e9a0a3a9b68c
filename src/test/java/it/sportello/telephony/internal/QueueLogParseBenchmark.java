package it.sportello.telephony.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse speed of a month of queue_log (file in system property {@code bench.queue.log}, written by
 * {@code bench/generate-queue-log.py}): reading and assembling into calls, no database. One operation is the whole
 * file; lines per second = lines ÷ seconds per operation. Not a test: run by {@code bench/telephony.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueueLogParseBenchmark {

	private final Path file = Path.of(System.getProperty("bench.queue.log", "target/bench-telephony/queue_log"));

	@Benchmark
	public long parseAndAssemble(Blackhole hole) throws IOException {
		CallAssembler assembler = new CallAssembler(new CallAssembler.Sink() {
			@Override
			public void call(CallRecord call) {
				hole.consume(call);
			}

			@Override
			public void member(MemberEvent event) {
				hole.consume(event);
			}

			@Override
			public void ignored(String verb) {
				hole.consume(verb);
			}

			@Override
			public void malformed(long line, String code, Object... args) {
				hole.consume(code);
			}
		}, List.of());
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			return new QueueLogReader().read(in, assembler);
		}
	}

}
