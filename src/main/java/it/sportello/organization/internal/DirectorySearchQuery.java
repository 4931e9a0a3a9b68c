package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import it.sportello.search.OneEditQuery;
import it.sportello.search.PrefixTermsQuery;
import it.sportello.search.QueryTerms;
import it.sportello.search.QueryTerms.Pair;
import it.sportello.search.QueryTerms.Word;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Turns a switchboard request into one query over people and offices. Each required word must be found
 * somewhere (by itself, or joined with a neighbour: {@code lo russo} → {@code lorusso}); the boosts rank
 * an exact surname over a first name, an exact word over a typo or a prefix, and an office's own name and
 * competences over the same words on each of its people. A word naming a function
 * ({@code dirigente ufficio caccia}) must match the person's position, which leaves offices out.
 */
final class DirectorySearchQuery {

	/** Words that name a position, and the position they mean. */
	private static final Map<String, String> FUNCTIONS = Map.of("dirigente", "dirigente", "capo", "dirigente",
			"direttore", "dirigente", "responsabile", "responsabile", "funzionario", "funzionario", "funzionaria",
			"funzionario", "istruttore", "istruttore", "istruttrice", "istruttore", "collaboratore", "collaboratore",
			"collaboratrice", "collaboratore");

	/** How office codes are written: letters, a dash, letters or digits ({@code AGRI-02}, {@code PRES-URP}). */
	private static final Pattern OFFICE_CODE = Pattern.compile("\\p{L}{2,10}-[\\p{L}\\p{N}]{1,10}");

	private DirectorySearchQuery() {
	}

	static PredicateFinalStep of(SearchPredicateFactory f, QueryTerms terms) {
		PredicateFinalStep query = words(f, terms);
		// An office code read from a letter or a door plate ("AGRI-02") names the office outright.
		if (OFFICE_CODE.matcher(terms.text()).matches()) {
			return f.or(f.match().field("code").matching(terms.text()).boost(20f), query);
		}
		return query;
	}

	private static PredicateFinalStep words(SearchPredicateFactory f, QueryTerms terms) {
		BooleanPredicateClausesStep<?, ?> query = f.bool();
		functions(terms).forEach(function -> query.must(f.match().field("position").matching(function).boost(2f)));
		if (terms.onlyDigits() && terms.extension().isPresent()) {
			query.must(extension(f, terms.extension().get()));
			return query;
		}
		List<Integer> required = wordsToFind(terms);
		for (int i : required) {
			query.should(word(f, terms, i));
		}
		if (!required.isEmpty()) {
			int minimum = required.size() <= 2 ? required.size() : required.size() - 1;
			query.minimumShouldMatchNumber(minimum);
		}
		return query;
	}

	/** The positions the query's function words ask for ("dirigente", "capo" → dirigente). */
	static List<String> functions(QueryTerms terms) {
		List<String> functions = new ArrayList<>();
		for (int i : terms.required()) {
			String function = FUNCTIONS.get(terms.words().get(i).text());
			if (function != null) {
				functions.add(function);
			}
		}
		return functions;
	}

	/** The required words that are not functions, by index: each one is looked for in names and office text. */
	static List<Integer> wordsToFind(QueryTerms terms) {
		List<Integer> required = new ArrayList<>();
		for (int i : terms.required()) {
			if (!FUNCTIONS.containsKey(terms.words().get(i).text())) {
				required.add(i);
			}
		}
		return required;
	}

	/** The words the office text clauses look for: the words to find that are not numbers. */
	static List<String> textWords(QueryTerms terms) {
		if (terms.onlyDigits() && terms.extension().isPresent()) {
			return List.of();
		}
		return wordsToFind(terms).stream().map(terms.words()::get).filter(w -> !w.digits()).map(Word::text).toList();
	}

	/**
	 * A number as a person's extension or as an office's secretariat line. The secretariat is indexed by the last
	 * four digits of its line, so a shorter number ("3", "350" typed on the way) cannot name one: it is looked up
	 * as the index holds it, never through the field's bridge, which has no value for it.
	 */
	private static PredicateFinalStep extension(SearchPredicateFactory f, String extension) {
		PredicateFinalStep person = f.match().field("extension").matching(extension).boost(10f);
		String lastFour = new DirectorySearchMapping.LastFourDigits().toIndexedValue(extension, null);
		if (lastFour == null) {
			return person;
		}
		return f.or(person, f.match().field("switchboardExtension").matching(lastFour, ValueModel.INDEX).boost(5f));
	}

	private static PredicateFinalStep word(SearchPredicateFactory f, QueryTerms terms, int index) {
		String w = terms.words().get(index).text();
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		if (terms.words().get(index).digits()) {
			Optional<String> extension = terms.extension();
			any.should(extension(f, extension.orElse(w)));
			if (w.length() >= 2 && w.length() < 4) {
				any.should(f.prefix().field("extension").matching(w).boost(2f));
			}
			return any;
		}
		any.should(f.extension(LuceneExtension.get()).fromLuceneQuery(name(terms, index)));
		// What the office is and does: its own document first, then its people.
		any.should(f.match().field("name").matching(w).boost(4f));
		any.should(f.match().field("competences").matching(w).boost(3f));
		any.should(f.match().fields("office.name", "office.competences").matching(w).boost(1f));
		any.should(f.match().field("position").matching(w).boost(1f));
		return any;
	}

	/**
	 * The name clauses of a word, built as Lucene queries on the word as the index holds it ({@link QueryTerms}
	 * folds it the way the name analyzers do): no analysis per clause, and typos and prefixes matched by
	 * {@link OneEditQuery} and {@link PrefixTermsQuery}, which find what a one-edit FuzzyQuery and a PrefixQuery
	 * find without compiling an automaton per query.
	 */
	private static Query name(QueryTerms terms, int index) {
		String w = terms.words().get(index).text();
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		// Exact, then with a typo, then as the beginning the operator has typed so far.
		should(any, new TermQuery(new Term("lastName", w)), 5f);
		should(any, new TermQuery(new Term("firstName", w)), 3f);
		// Lower than the surname: for a name without particles both fields hold the same word and would count twice.
		should(any, new TermQuery(new Term("lastNameJoined", w)), 2f);
		if (w.length() >= 4) {
			// One edit, on surnames only: it already covers the switchboard's typos (Rosi, Santarsero, Lorrusso).
			should(any, new OneEditQuery("lastName", w), 2.5f);
			should(any, new OneEditQuery("lastNameJoined", w), 2.5f);
		}
		if (w.length() >= 2) {
			should(any, new PrefixTermsQuery("lastName", w), 2f);
			should(any, new PrefixTermsQuery("lastNameJoined", w), 2f);
			should(any, new PrefixTermsQuery("firstName", w), 1.5f);
		}
		// The name written with a neighbour: "lo russo" is Lorusso, "d angelo" is D'Angelo, "maria teresa" one name.
		for (Pair pair : terms.pairsOf(index)) {
			// Two words that make one surname outweigh either word alone ("lo russo" is Lorusso before Russo).
			should(any, new TermQuery(new Term("lastNameJoined", pair.joined())), 12f);
			should(any, new TermQuery(new Term("firstNameJoined", pair.joined())), 4f);
			if (pair.joined().length() >= 5) {
				should(any, new OneEditQuery("lastNameJoined", pair.joined()), 3f);
				should(any, new PrefixTermsQuery("lastNameJoined", pair.joined()), 2f);
			}
		}
		return any.build();
	}

	private static void should(BooleanQuery.Builder query, Query clause, float boost) {
		query.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
	}

}
