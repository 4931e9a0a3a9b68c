package it.sportello.reporting.tickets;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.reporting.tickets.TicketDashboard.Count;
import it.sportello.search.SearchLearning;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The topics searched but not found: the searches of the period that found nothing or led to no choice (the search
 * module's list, stripped of personal data), grouped by their text regardless of case and spacing, most frequent
 * first. They are candidates for a new sheet, a FAQ or a synonym. Read from the latest {@link #SCANNED} such
 * searches, which the search module keeps for a limited time.
 */
@Component
public class SearchGaps {

	/** How many of the latest unanswered searches are read. */
	public static final int SCANNED = 500;

	private final ObjectProvider<SearchLearning> learning;

	SearchGaps(ObjectProvider<SearchLearning> learning) {
		this.learning = learning;
	}

	/** The {@code limit} most frequent texts searched without answer in the local dates from..to (both included). */
	public List<Count> top(LocalDate from, LocalDate to, ZoneId zone, int limit) {
		SearchLearning searches = learning.getIfAvailable();
		if (searches == null) {
			return List.of();
		}
		var start = from.atStartOfDay(zone).toInstant();
		var end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (SearchLearning.Unanswered search : searches.unanswered(SCANNED)) {
			if (search.searchedAt().isBefore(start) || !search.searchedAt().isBefore(end)) {
				continue;
			}
			String topic = search.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ITALIAN);
			if (!topic.isEmpty()) {
				counts.merge(topic, 1L, Long::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(e -> new Count(e.getKey(), e.getValue()))
			.toList();
	}
}
