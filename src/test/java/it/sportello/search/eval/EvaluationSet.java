package it.sportello.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;

/**
 * A set of requests, each with the entries a good operator would pick (any of them is a right answer),
 * read from a tab-separated file of {@code search-eval/}: request, then the ids separated by commas.
 * Lines starting with {@code #} are comments.
 */
public record EvaluationSet(String name, List<Request> requests) {

	public record Request(String text, Set<String> expected) {
	}

	public static EvaluationSet read(String path) {
		List<Request> requests = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				if (columns.length != 2) {
					throw new IllegalStateException(path + " line " + number + ": expected request TAB ids");
				}
				Set<String> expected = new LinkedHashSet<>();
				for (String id : columns[1].split(",")) {
					expected.add(id.strip());
				}
				requests.add(new Request(columns[0].strip(), Set.copyOf(expected)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new EvaluationSet(path, List.copyOf(requests));
	}

	/**
	 * The figures of a search over this set. {@code search} answers a request with the ids of its results in
	 * order (at least the first ten).
	 */
	public Figures measure(Function<String, List<String>> search) {
		int top1 = 0;
		int top3 = 0;
		int top5 = 0;
		int empty = 0;
		double reciprocalRanks = 0;
		List<String> misses = new ArrayList<>();
		for (Request request : requests) {
			List<String> ids = search.apply(request.text());
			if (ids.isEmpty()) {
				empty++;
			}
			int rank = 0;
			for (int i = 0; i < Math.min(10, ids.size()); i++) {
				if (request.expected().contains(ids.get(i))) {
					rank = i + 1;
					break;
				}
			}
			if (rank == 1) {
				top1++;
			}
			if (rank >= 1 && rank <= 3) {
				top3++;
			}
			if (rank >= 1 && rank <= 5) {
				top5++;
			}
			if (rank >= 1) {
				reciprocalRanks += 1.0 / rank;
			}
			if (rank != 1) {
				misses.add("«" + request.text() + "» " + request.expected() + " → "
						+ ids.subList(0, Math.min(5, ids.size())));
			}
		}
		double n = requests.size();
		return new Figures(requests.size(), top1 / n, top3 / n, reciprocalRanks / n, top5 / n, empty / n,
				List.copyOf(misses));
	}

	/**
	 * Per set: the share of requests with a right entry first, in the first three, the mean reciprocal rank of
	 * the first right entry within ten, the share with a right entry in the first five, and the share of empty
	 * answers.
	 */
	public record Figures(int requests, double top1, double top3, double mrr10, double recall5, double empty,
			List<String> misses) {

		public String row(String label) {
			return String.format(java.util.Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |", label, requests,
					top1, top3, mrr10, recall5, empty);
		}

	}

}
