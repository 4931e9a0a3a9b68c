package it.sportello.organization;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The switchboard's search of the phone directory (S-TT7, S-KB3): people and offices ranked together
 * from what the caller says ("Rosi", "lo russo", "3512", "tesserini di caccia", "dirigente ufficio
 * caccia"), each with the data the operator needs to put the call through and the reason it matched.
 */
public interface DirectorySearch {

	/** The most results a search returns. */
	int MAX_LIMIT = 50;

	/**
	 * @param query what the operator typed, 1 to 200 characters
	 * @param limit 1 to {@link #MAX_LIMIT}
	 * @throws it.sportello.shared.InvalidInputException for an empty or over-long query or a bad limit
	 */
	default List<Result> search(String query, int limit) {
		return answer(query, limit).results();
	}

	/**
	 * The results of {@link #search} with how sure they are: {@link Match#PARTIAL} when no entry matched the
	 * whole request and the results are the closest ones, with the words the first of them did not match.
	 * @throws it.sportello.shared.InvalidInputException for an empty or over-long query or a bad limit
	 */
	Answer answer(String query, int limit);

	/**
	 * As {@link #answer}, without looking for the words the first result does not match ({@link Answer#unmatched()}
	 * is empty): one search less per word of a partial answer, for a caller that needs them only sometimes and
	 * then asks {@link #unmatched}.
	 */
	Answer rank(String query, int limit);

	/** The words of {@code query} that the entry {@code id} (a person's id or an office's code) does not match. */
	List<String> unmatched(String query, String id);

	/** A person of the directory by id ({@code E0134}), as a search would return it. */
	Optional<Result> employee(String id);

	/** An office by code ({@code AGRI-06}), as a search would return it. */
	Optional<Result> office(String code);

	/** How much of the request the results matched. */
	enum Match {

		/** The results match the request (all its words, or all but one of a long one). */
		FULL,
		/** Nothing matched the whole request: the closest entries, ranked by how much of it they match. */
		PARTIAL

	}

	/**
	 * A search's results; for a {@link Match#PARTIAL} match, the words of the request that the first result does
	 * not match, as typed ("corrispondenza parziale: «Peppe» non trovato").
	 */
	record Answer(List<Result> results, Match match, List<String> unmatched) {
	}

	/** What a result is. */
	enum Kind {

		PERSON, OFFICE

	}

	/** An office or department by code and name. */
	record Reference(String code, String name) {
	}

	/**
	 * Why a result matched: the field and its fragments with the matching words in {@code <mark>}
	 * (HTML-escaped text, so it can be shown as is).
	 */
	record Reason(String field, List<String> fragments) {
	}

	/**
	 * One person or office. For a person, {@code office} and {@code position} tell homonyms apart; for an
	 * office, {@code extension} is its secretariat's.
	 */
	record Result(Kind type, String id, String name, @Nullable String title, @Nullable String position,
			@Nullable String extension, @Nullable String directPhone, @Nullable String email, @Nullable String room,
			@Nullable Reference office, @Nullable Reference department, @Nullable String openingHours, float score,
			List<Reason> matched) {

		/** How the ticket records where the call went: "Giuseppe Rossi (interno 2606, Ufficio Tributi …)". */
		public String destination() {
			StringBuilder text = new StringBuilder(name).append(" (");
			if (extension != null) {
				text.append("interno ").append(extension);
			}
			else if (directPhone != null) {
				text.append("tel. ").append(directPhone);
			}
			if (type == Kind.PERSON && office != null) {
				text.append(extension != null || directPhone != null ? ", " : "").append(office.name());
			}
			else if (type == Kind.OFFICE && department != null) {
				text.append(extension != null || directPhone != null ? ", " : "").append(department.name());
			}
			return text.append(')').toString();
		}

	}

}
