package it.sportello.knowledge.internal;

import java.util.List;
import java.util.Set;

import it.sportello.search.HitType;
import org.springframework.stereotype.Service;

/**
 * The sheets and FAQ most like what an operator is writing (a ticket's description), proposed while it is
 * written so that the answer can quote them: only what operators may answer from today.
 */
@Service
public class SheetSuggestions {

	/** The fewest letters a description needs before anything is proposed. */
	public static final int MIN_LENGTH = 12;

	/** How many suggestions the console shows. */
	public static final int SIZE = 5;

	private final KnowledgeSearchContributor contributor;

	SheetSuggestions(KnowledgeSearchContributor contributor) {
		this.contributor = contributor;
	}

	/**
	 * One suggestion: a sheet or one of its FAQ.
	 * @param snippet HTML-escaped text with the matched words in {@code <mark>}
	 */
	public record Suggestion(String type, String id, String sheetId, String title, String snippet, String detail) {
	}

	/** Empty for a text shorter than {@link #MIN_LENGTH} letters. */
	public List<Suggestion> like(String text) {
		if (text == null || text.strip().length() < MIN_LENGTH) {
			return List.of();
		}
		return contributor.find(text, Set.of(HitType.SHEET, HitType.FAQ), SIZE).stream()
			.map(f -> new Suggestion(f.hit().type().name(), f.hit().id(), f.sheetId(), f.hit().title(),
					f.hit().snippet(), f.hit().detail()))
			.toList();
	}

}
