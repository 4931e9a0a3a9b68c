package it.sportello.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;

import it.sportello.search.SearchBox;
import it.sportello.search.SearchContribution;
import it.sportello.search.SearchContributor;
import it.sportello.search.SearchHit;
import it.sportello.search.SearchQuery;
import it.sportello.search.SearchResults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one search box over every module's {@link SearchContributor}. Each module ranks its own documents; their
 * scores are not comparable across modules, so each module's scores are divided by its best one and the hits
 * merged on that share. A module whose hits match only part of the text (a relaxed answer) counts half: a
 * full match of another module comes first. Each module returns as many hits as the page shows, the most the merged
 * page can take from it; facets count those. What operators chose after the same text adds its learnt boost
 * ({@link JdbcSearchLearning}, at most {@code sportello.search.learning.max-boost}) to the share: an operator chooses
 * from the page shown, so the entry chosen is among its module's hits the next time.
 * <p>
 * Searches run a few at a time ({@code sportello.search.concurrency}, one per processor unless set), the others
 * waiting their turn in arrival order: a search is CPU work only, and more at once than there are cores makes each
 * cost more CPU and every one finish later.
 */
@Service
class MergedSearchBox implements SearchBox {

	private final List<SearchContributor> contributors;

	private final JdbcSearchLearning learning;

	private final Semaphore running;

	MergedSearchBox(List<SearchContributor> contributors, JdbcSearchLearning learning,
			@Value("${sportello.search.concurrency:0}") int concurrency) {
		this.contributors = List.copyOf(contributors);
		this.learning = learning;
		this.running = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
	}

	@Override
	public SearchResults search(SearchQuery query) {
		running.acquireUninterruptibly();
		try {
			return searchNow(query);
		}
		finally {
			running.release();
		}
	}

	private SearchResults searchNow(SearchQuery query) {
		List<Ranked> ranked = new ArrayList<>();
		boolean anyFull = false;
		List<SearchContribution> answers = new ArrayList<>();
		for (SearchContributor contributor : contributors) {
			if (contributor.types().stream().noneMatch(query::wants)) {
				continue;
			}
			SearchContribution answer = contributor.search(query, query.size());
			answers.add(answer);
			anyFull |= !answer.partial() && !answer.hits().isEmpty();
		}
		List<String> unmatched = List.of();
		boolean partial = false;
		for (SearchContribution answer : answers) {
			float best = (float) answer.hits().stream().mapToDouble(SearchHit::score).max().orElse(1);
			float weight = answer.partial() && anyFull ? 0.5f : 1f;
			for (SearchHit hit : answer.hits()) {
				if (query.wants(hit.type())) {
					ranked.add(new Ranked(hit, weight * (best > 0 ? hit.score() / best : 0)));
				}
			}
		}
		// What operators chose after the same text ranks higher: a bounded boost added to the share.
		Map<String, Double> boosts = learning.boostsFor(query.text());
		if (!boosts.isEmpty()) {
			ranked.replaceAll(r -> new Ranked(r.hit(),
					r.share() + boosts.getOrDefault(r.hit().type() + ":" + r.hit().id(), 0.0).floatValue()));
		}
		ranked.sort(Comparator.comparingDouble(Ranked::share).reversed());
		if (!anyFull) {
			partial = answers.stream().anyMatch(a -> a.partial() && !a.hits().isEmpty());
			unmatched = answers.stream().filter(a -> !a.hits().isEmpty()).findFirst()
				.map(SearchContribution::unmatched).orElse(List.of());
		}
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		Map<String, Long> types = new TreeMap<>();
		Map<String, Long> departments = new TreeMap<>();
		for (Ranked r : ranked) {
			types.merge(r.hit().type().name(), 1L, Long::sum);
			if (r.hit().department() != null) {
				departments.merge(r.hit().department(), 1L, Long::sum);
			}
		}
		facets.put("type", types);
		facets.put("department", departments);
		List<SearchHit> content = ranked.stream().limit(query.size()).map(Ranked::hit).toList();
		String searchId = learning.searched(query.text(), ranked.size());
		return new SearchResults(content, facets, searchId, partial, unmatched);
	}

	private record Ranked(SearchHit hit, float share) {
	}

}
