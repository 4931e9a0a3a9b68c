package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import it.sportello.organization.internal.SwitchboardVocabulary.SwitchboardRequest;
import it.sportello.search.Analyzers;
import it.sportello.search.ItalianSound;
import it.sportello.search.OneEditQuery;
import it.sportello.search.PrefixTermsQuery;
import it.sportello.search.QueryTerms;
import it.sportello.search.QueryTerms.Pair;
import it.sportello.search.QueryTerms.Word;
import it.sportello.search.RewriteOnceQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Turns a switchboard request into one query over people and offices. Each required word must be found
 * somewhere (by itself, joined with a neighbour: {@code lo russo} → {@code lorusso}, as a short form of a first
 * name: {@code peppe} → Giuseppe, or by how it sounds: {@code dipiero} → Di Pierro); the boosts rank an exact
 * surname over a first name, an exact word over a typo or a sound, and an office's own name and competences
 * over the same words on each of its people. A request for the head of an office ({@code chi coordina},
 * {@code dirigente}, {@code capo}) must match the person's position, which leaves offices out.
 * <p>
 * The query is built for one of a fixed number of {@link Pass passes}: the service runs the next one only when
 * the previous found nothing, so a search costs at most three queries.
 */
final class DirectorySearchQuery {

	/** How much of the request a result must match. */
	enum Pass {

		/** Every word of one or two, all but one from three on; the function asked for, if any. */
		STRICT,
		/** One word is enough; results ranked by how many they match (coordination). */
		ANY_WORD,
		/** One word is enough, and the function asked for only ranks. */
		ANY_WORD_ANY_POSITION

	}

	/** An infinitive's stem as the light stemmer leaves it: the ending without its last vowel (pescare → pescar). */
	private static final Pattern INFINITIVE = Pattern.compile("(ar|er|ir)$");

	/** How office codes are written: letters, a dash, letters or digits ({@code AGRI-02}, {@code PRES-URP}). */
	private static final Pattern OFFICE_CODE = Pattern.compile("\\p{L}{2,10}-[\\p{L}\\p{N}]{1,10}");

	private DirectorySearchQuery() {
	}

	static PredicateFinalStep of(SearchPredicateFactory f, SwitchboardRequest request, SwitchboardVocabulary vocabulary,
			Pass pass, boolean embedded) {
		QueryTerms terms = request.terms();
		PredicateFinalStep query = words(f, request, vocabulary, pass, embedded);
		// An office code read from a letter or a door plate ("AGRI-02") names the office outright.
		if (OFFICE_CODE.matcher(terms.text()).matches()) {
			return f.or(f.match().field("code").matching(terms.text()).boost(20f), query);
		}
		return query;
	}

	private static PredicateFinalStep words(SearchPredicateFactory f, SwitchboardRequest request,
			SwitchboardVocabulary vocabulary, Pass pass, boolean embedded) {
		QueryTerms terms = request.terms();
		BooleanPredicateClausesStep<?, ?> query = f.bool();
		if (!request.positions().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> position = f.bool();
			request.positions().forEach(p -> position.should(f.match().field("position").matching(p)));
			if (pass == Pass.ANY_WORD_ANY_POSITION) {
				query.should(position.boost(2f));
			}
			else {
				query.must(position.boost(2f));
			}
		}
		// A title said ranks its holders first; never required (it may be said wrong, or not be stored).
		request.titles().forEach(title -> query.should(f.match().field("titleKey").matching(title).boost(1.5f)));
		if (terms.onlyDigits() && terms.extension().isPresent()) {
			query.must(extension(f, terms.extension().get()));
			return query;
		}
		List<Integer> required = terms.required();
		if (required.isEmpty()) {
			return query;
		}
		BooleanPredicateClausesStep<?, ?> found = f.bool();
		for (int i : required) {
			found.should(word(f, request, i, vocabulary, pass, embedded));
		}
		int minimum = pass == Pass.STRICT ? terms.minimumMatches() : 1;
		found.minimumShouldMatchNumber(minimum);
		query.must(found);
		return query;
	}

	/** One word of the request alone, as {@link #of} looks for it in a pass: what a result that matched it matched. */
	static PredicateFinalStep word(SearchPredicateFactory f, SwitchboardRequest request, int index,
			SwitchboardVocabulary vocabulary, Pass pass, boolean embedded) {
		List<String> alternatives = request.alternatives().getOrDefault(index, List.of());
		if (embedded && !request.terms().words().get(index).digits()) {
			// On the embedded index the word's clauses are one Lucene query, rewritten once (RewriteOnceQuery).
			PredicateFinalStep word = f.extension(LuceneExtension.get())
				.fromLuceneQuery(new RewriteOnceQuery(luceneWord(request, index, vocabulary, pass)));
			if (alternatives.isEmpty()) {
				return word;
			}
			BooleanPredicateClausesStep<?, ?> any = f.bool().should(word);
			alternatives.forEach(alternative -> any.should(alternative(f, alternative)));
			return any;
		}
		BooleanPredicateClausesStep<?, ?> word = f.bool().should(word(f, request.terms(), index, vocabulary));
		for (String alternative : alternatives) {
			word.should(alternative(f, alternative));
		}
		if (pass != Pass.STRICT) {
			beginning(f, request, index).ifPresent(word::should);
		}
		return word;
	}

	/**
	 * A word's clauses on the embedded index, as Lucene queries side by side in one disjunction: what
	 * {@link #word(SearchPredicateFactory, QueryTerms, int, SwitchboardVocabulary)} and {@link #beginning} send to
	 * OpenSearch, with the text fields' words analysed as Hibernate Search's match predicate analyses them (the field's
	 * search analyzer, Lucene's QueryBuilder), so that they match and score the same.
	 */
	private static Query luceneWord(SwitchboardRequest request, int index, SwitchboardVocabulary vocabulary, Pass pass) {
		QueryTerms terms = request.terms();
		String w = terms.words().get(index).text();
		TermClauses any = name(terms, index, vocabulary, true);
		any.text("name", w, 4f);
		any.text("competences", w, 3f);
		any.text("office.name", w, 1f);
		any.text("office.competences", w, 1f);
		any.text("position", w, 1f);
		if (pass != Pass.STRICT) {
			beginningOf(request, index).ifPresent(prefix -> beginnings(any, prefix));
		}
		return any.lucene();
	}

	/**
	 * What the thesaurus reads in a word ({@code durc} → documento unico di regolarita contributiva), looked for in
	 * office text: a phrase as a phrase, give or take a word. Below the word's own clauses, so that an office that
	 * writes the caller's word comes before one that writes only its equivalent.
	 */
	private static PredicateFinalStep alternative(SearchPredicateFactory f, String alternative) {
		if (alternative.indexOf(' ') < 0) {
			return f.or(f.match().fields("name", "competences").matching(alternative).boost(1.2f),
					f.match().fields("office.name", "office.competences").matching(alternative).boost(0.4f));
		}
		return f.or(f.phrase().fields("name", "competences").matching(alternative).slop(1).boost(1.5f),
				f.phrase().fields("office.name", "office.competences").matching(alternative).slop(1).boost(0.5f));
	}

	/**
	 * Office text that begins with the word's stem, without its last vowel ({@code vaccini} → {@code vaccin} →
	 * vaccinazioni, {@code celiaci} → celiachia, {@code cava} → cave), or an infinitive's root ({@code pescare} →
	 * {@code pesc} → pesca): the relaxed passes' answer to the other forms of a word that the light stemmer does not
	 * conflate. Stems shorter than three letters are left out. As an OpenSearch predicate: the embedded index has them
	 * in {@link #luceneWord}.
	 */
	private static Optional<PredicateFinalStep> beginning(SearchPredicateFactory f, SwitchboardRequest request,
			int index) {
		Optional<String> beginning = beginningOf(request, index);
		if (beginning.isEmpty()) {
			return Optional.empty();
		}
		TermClauses any = new TermClauses(false);
		beginnings(any, beginning.get());
		return Optional.of(any.openSearch(f));
	}

	private static void beginnings(TermClauses any, String prefix) {
		any.prefix("name", prefix, 1.5f);
		any.prefix("competences", prefix, 1.2f);
		any.prefix("office.name", prefix, 0.4f);
		any.prefix("office.competences", prefix, 0.3f);
	}

	/** The beginning {@link #beginning} looks for of a word of the request, as the index holds words; none if too short. */
	static Optional<String> beginningOf(SwitchboardRequest request, int index) {
		String stem = request.stems().get(request.terms().words().get(index).text());
		if (stem == null) {
			return Optional.empty();
		}
		String prefix = stem.length() > 3 && "aeiou".indexOf(stem.charAt(stem.length() - 1)) >= 0
				? stem.substring(0, stem.length() - 1) : stem;
		// A verb names what the office does by its noun: pescare → pesc (pesca), tagliare → tagli, irrigare → irrig
		// (irrigazione). The root must keep four letters: aprire → apr would begin too many words.
		if (INFINITIVE.matcher(prefix).find() && prefix.length() - 2 >= 4) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return prefix.length() < 3 ? Optional.empty() : Optional.of(prefix);
	}

	/** The positions the request asks for ("dirigente", "chi coordina" → dirigente, responsabile). */
	static List<String> functions(SwitchboardRequest request) {
		return List.copyOf(request.positions());
	}

	/** The required words, by index: each one is looked for in names and office text. */
	static List<Integer> wordsToFind(QueryTerms terms) {
		return terms.required();
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

	/**
	 * A word as Hibernate Search predicates: a number on either backend, any other word on OpenSearch (the embedded
	 * index has it as {@link #luceneWord}).
	 */
	private static PredicateFinalStep word(SearchPredicateFactory f, QueryTerms terms, int index,
			SwitchboardVocabulary vocabulary) {
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
		any.should(name(terms, index, vocabulary, false).openSearch(f));
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
	private static TermClauses name(QueryTerms terms, int index, SwitchboardVocabulary vocabulary, boolean embedded) {
		String w = terms.words().get(index).text();
		TermClauses any = new TermClauses(embedded);
		// Exact, then with a typo, then as the beginning the operator has typed so far.
		any.term("lastName", w, 5f);
		any.term("firstName", w, 3f);
		// Lower than the surname: for a name without particles both fields hold the same word and would count twice.
		any.term("lastNameJoined", w, 2f);
		any.term("firstNameJoined", w, 2f);
		// The short form or pet name of a first name: Peppe, Pino, Beppe are Giuseppe; Totò is Antonio or Salvatore.
		for (String full : vocabulary.firstNamesFor(w)) {
			any.term("firstNameJoined", full.replace(" ", ""), 2.5f);
		}
		if (w.length() >= 4) {
			// As it sounds: doubled or single consonants, a wrong final vowel (Pelegrino, Griechi, Petroni).
			String sound = ItalianSound.key(w);
			any.term("lastNameSound", sound, 2f);
			any.term("firstNameSound", sound, 1.2f);
		}
		if (w.length() >= 4) {
			// One edit, on surnames only: it already covers the switchboard's typos (Rosi, Santarsero, Lorrusso).
			any.oneEdit("lastName", w, 2.5f);
			any.oneEdit("lastNameJoined", w, 2.5f);
		}
		if (w.length() >= 2) {
			any.prefix("lastName", w, 2f);
			any.prefix("lastNameJoined", w, 2f);
			any.prefix("firstName", w, 1.5f);
		}
		// The name written with a neighbour: "lo russo" is Lorusso, "d angelo" is D'Angelo, "maria teresa" one name.
		for (Pair pair : terms.pairsOf(index)) {
			// Two words that make one surname outweigh either word alone ("lo russo" is Lorusso before Russo).
			any.term("lastNameJoined", pair.joined(), 12f);
			any.term("firstNameJoined", pair.joined(), 4f);
			if (pair.joined().length() >= 5) {
				any.term("lastNameSound", ItalianSound.key(pair.joined()), 6f);
				any.oneEdit("lastNameJoined", pair.joined(), 3f);
				any.prefix("lastNameJoined", pair.joined(), 2f);
			}
		}
		return any;
	}

	/**
	 * Term-level clauses on words as the index holds them (no analysis), any of which may match, each with its
	 * boost: as Lucene queries on the embedded index ({@link OneEditQuery} and {@link PrefixTermsQuery} instead of an
	 * automaton per query), as the same queries in OpenSearch's JSON otherwise (a one-edit {@code fuzzy} query with
	 * the first letter as typed, which is what OneEditQuery matches and how it scores; a {@code prefix} query).
	 */
	static final class TermClauses {

		/** What Hibernate Search's match predicate builds for a text field: Lucene's QueryBuilder on its analyzer. */
		private static final QueryBuilder TEXT_QUERY = new QueryBuilder(Analyzers.textQuery());

		private final boolean embedded;

		private final BooleanQuery.Builder lucene = new BooleanQuery.Builder();

		private final JsonArray json = new JsonArray();

		TermClauses(boolean embedded) {
			this.embedded = embedded;
		}

		void term(String field, String word, float boost) {
			if (embedded) {
				should(new TermQuery(new Term(field, word)), boost);
			}
			else {
				should("term", field, word, boost);
			}
		}

		void oneEdit(String field, String word, float boost) {
			if (embedded) {
				should(new OneEditQuery(field, word), boost);
			}
			else {
				JsonObject fuzzy = should("fuzzy", field, word, boost);
				fuzzy.addProperty("fuzziness", 1);
				fuzzy.addProperty("prefix_length", 1);
				fuzzy.addProperty("max_expansions", 50);
				fuzzy.addProperty("transpositions", true);
			}
		}

		void prefix(String field, String prefix, float boost) {
			if (embedded) {
				should(new PrefixTermsQuery(field, prefix), boost);
			}
			else {
				should("prefix", field, prefix, boost);
			}
		}

		/** An office text field's word, analysed by the field's search analyzer (embedded index only). */
		void text(String field, String word, float boost) {
			Query analysed = TEXT_QUERY.createBooleanQuery(field, word);
			if (analysed != null) {
				should(analysed, boost);
			}
		}

		/** The clauses as one Lucene disjunction (built for the embedded index). */
		Query lucene() {
			return lucene.build();
		}

		/** The clauses as one OpenSearch {@code bool} query (built for OpenSearch). */
		PredicateFinalStep openSearch(SearchPredicateFactory f) {
			JsonObject bool = new JsonObject();
			bool.add("should", json);
			JsonObject query = new JsonObject();
			query.add("bool", bool);
			return f.extension(ElasticsearchExtension.get()).fromJson(query);
		}

		private void should(Query clause, float boost) {
			lucene.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
		}

		private JsonObject should(String type, String field, String value, float boost) {
			JsonObject parameters = new JsonObject();
			parameters.addProperty("value", value);
			parameters.addProperty("boost", boost);
			JsonObject onField = new JsonObject();
			onField.add(field, parameters);
			JsonObject clause = new JsonObject();
			clause.add(type, onField);
			json.add(clause);
			return parameters;
		}

	}

}
