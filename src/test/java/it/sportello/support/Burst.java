package it.sportello.support;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Many requests sent to the real server at the same moment, as a client racing a limit would. */
public final class Burst {

	private Burst() {
	}

	/** Sends {@code count} requests at once (all released together) and returns their answers in order. */
	public static List<HttpResponse<String>> send(int count, IntFunction<HttpRequest> request) {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			HttpClient client = HttpClient.newBuilder().executor(threads).build();
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, count)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString());
				}, threads).thenCompose(answer -> answer))
				.toList();
			start.countDown();
			return answers.stream().map(CompletableFuture::join).toList();
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void await(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
