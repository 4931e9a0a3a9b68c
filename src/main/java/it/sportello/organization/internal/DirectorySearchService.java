package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

import it.sportello.organization.DepartmentView;
import it.sportello.organization.DirectorySearch;
import it.sportello.organization.DirectorySearch.Answer;
import it.sportello.organization.DirectorySearch.Match;
import it.sportello.organization.internal.DirectorySearchQuery.Pass;
import it.sportello.organization.internal.SwitchboardVocabulary.SwitchboardRequest;
import it.sportello.search.Analyzers;
import it.sportello.search.QueryTerms;
import it.sportello.search.Thesaurus;
import it.sportello.organization.DirectorySearchFailedException;
import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@link DirectorySearch} on the Lucene index. Everything a result shows comes from the index's stored
 * fields, so a search costs no database round trip: from {@link DirectorySearchDisplay}'s in-memory copy of
 * them while the index is unchanged, otherwise read for the hits; the department's name comes from the
 * in-memory structure. Why a result matched is marked on the returned results only, by
 * {@link DirectorySearchNameReasons} for names and {@link DirectorySearchTextReasons} for office text and
 * positions.
 * <p>
 * Searches run a few at a time (one per processor unless configured), the others waiting their turn in
 * arrival order: a search is CPU work only, and sixteen at once on two cores took twice the CPU per search
 * of two at once (bench/README.md), so every one of them finished later than it would have in turn.
 */
@Service
class DirectorySearchService implements DirectorySearch {

	private static final Logger log = LoggerFactory.getLogger(DirectorySearchService.class);

	private static final List<String> STORED = List.of("firstName", "lastName", "title", "position", "extension",
			"directPhone", "email", "room", "office.code", "office.name", "office.departmentCode", "office.openingHours",
			"name", "departmentCode", "openingHours", "phone", "office.competences", "competences");

	private final EntityManagerFactory entityManagerFactory;

	private final DepartmentCatalog departments;

	private final DirectorySearchDisplay display;

	private final Semaphore running;

	private final Analyzer textAnalyzer;

	private final Analyzer textQueryAnalyzer;

	private final SwitchboardVocabulary vocabulary;

	private final Thesaurus thesaurus;

	private final boolean embedded;

	DirectorySearchService(EntityManagerFactory entityManagerFactory, DepartmentCatalog departments,
			DirectorySearchDisplay display, OrganizationProperties properties, SwitchboardVocabulary vocabulary,
			Thesaurus thesaurus) {
		this.vocabulary = vocabulary;
		this.thesaurus = thesaurus;
		this.entityManagerFactory = entityManagerFactory;
		this.departments = departments;
		this.display = display;
		this.running = new Semaphore(properties.searchesAtOnce(), true);
		this.textAnalyzer = Analyzers.text();
		this.textQueryAnalyzer = Analyzers.textQuery();
		this.embedded = embedded(entityManagerFactory);
	}

	/** Whether the index is the embedded Lucene one (else OpenSearch, which the query is written for instead). */
	static boolean embedded(EntityManagerFactory entityManagerFactory) {
		try {
			Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
			return true;
		}
		catch (SearchException notLucene) {
			return false;
		}
	}

	@Override
	public Answer answer(String query, int limit) {
		return answer(query, limit, true);
	}

	@Override
	public Answer rank(String query, int limit) {
		return answer(query, limit, false);
	}

	@Override
	public List<String> unmatched(String query, String id) {
		return inTurn(() -> unmatched(request(query), id));
	}

	private Answer answer(String query, int limit, boolean withUnmatched) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "search.limit-invalid", MAX_LIMIT);
		}
		return inTurn(() -> searchNow(query, limit, withUnmatched));
	}

	/** Runs a search in its turn ({@link #running}); a failure that is not the query's is logged and answered as one. */
	private <T> T inTurn(Supplier<T> search) {
		running.acquireUninterruptibly();
		try {
			return search.get();
		}
		catch (DomainException refused) {
			throw refused;
		}
		catch (RuntimeException failed) {
			// Not the query's fault: logged without the query (it may name a person), answered as a failure.
			log.error("Directory search failed", failed);
			throw new DirectorySearchFailedException(failed);
		}
		finally {
			running.release();
		}
	}

	/** The request read with the switchboard's vocabulary, its words' stems and the thesaurus's readings. */
	private SwitchboardRequest request(String query) {
		SwitchboardRequest read = vocabulary.read(query);
		QueryTerms terms = read.terms();
		Map<String, String> stems = new HashMap<>();
		for (String word : DirectorySearchQuery.textWords(terms)) {
			List<String> analyzed = new ArrayList<>(DirectorySearchTextReasons.tokens(textAnalyzer, List.of(word)));
			if (analyzed.size() == 1) {
				stems.put(word, analyzed.get(0));
			}
		}
		Map<Integer, List<String>> alternatives = new HashMap<>();
		for (Thesaurus.Expansion expansion : thesaurus.expand(terms.words().stream().map(QueryTerms.Word::text).toList())) {
			for (int i = expansion.first(); i <= expansion.last(); i++) {
				alternatives.computeIfAbsent(i, k -> new ArrayList<>()).addAll(expansion.alternatives());
			}
		}
		return read.withStems(stems).withAlternatives(alternatives);
	}

	private Answer searchNow(String query, int limit, boolean withUnmatched) {
		SwitchboardRequest request = request(query);
		QueryTerms terms = request.terms();
		Map<Integer, List<String>> alternatives = request.alternatives();
		List<String> textWords = new ArrayList<>(DirectorySearchQuery.textWords(terms));
		alternatives.values().forEach(textWords::addAll);
		DirectorySearchTextReasons text = new DirectorySearchTextReasons(textAnalyzer,
				DirectorySearchTextReasons.tokens(textQueryAnalyzer, textWords));
		DirectorySearchTextReasons position = text
			.with(DirectorySearchTextReasons.tokens(textQueryAnalyzer, DirectorySearchQuery.functions(request)));
		// The relaxed passes also look for the words' beginnings (DirectorySearchQuery#beginning): marked as such.
		Set<String> beginnings = new HashSet<>();
		for (int i : terms.required()) {
			DirectorySearchQuery.beginningOf(request, i).ifPresent(beginnings::add);
		}
		DirectorySearchTextReasons relaxedText = text.withBeginnings(beginnings);
		Match match = Match.FULL;
		List<Result> found = List.of();
		// A fixed, small number of passes, each run only when the previous one found nothing.
		for (Pass pass : Pass.values()) {
			if (pass == Pass.ANY_WORD_ANY_POSITION && request.positions().isEmpty()) {
				break;
			}
			found = run(f -> DirectorySearchQuery.of(f, request, vocabulary, pass, embedded), limit,
					pass == Pass.STRICT ? text : relaxedText, position);
			if (!found.isEmpty()) {
				match = pass == Pass.STRICT ? Match.FULL : Match.PARTIAL;
				break;
			}
		}
		List<Result> results = found.stream().map(result -> DirectorySearchNameReasons.add(result, terms)).toList();
		if (terms.extension().isPresent()) {
			String extension = terms.extension().get();
			results = results.stream().map(r -> withExtensionReason(r, extension)).toList();
		}
		List<String> unmatched = match == Match.PARTIAL && withUnmatched ? unmatched(request, results.get(0).id())
				: List.of();
		return new Answer(results, match, unmatched);
	}

	/** The words of the request that the entry does not match, as the request wrote them (folded). */
	private List<String> unmatched(SwitchboardRequest request, String id) {
		List<String> unmatched = new ArrayList<>();
		try (Session session = entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
			SearchScope<Object> scope = Search.session(session)
				.scope(Object.class, List.of(DirectorySearchMapping.EMPLOYEE, DirectorySearchMapping.OFFICE));
			for (int i : request.terms().required()) {
				int index = i;
				long hits = Search.session(session)
					.search(scope)
					.where(f -> f.bool()
						.must(f.id().matching(id))
						.must(DirectorySearchQuery.word(f, request, index, vocabulary, Pass.ANY_WORD, embedded)))
					.fetchTotalHitCount();
				if (hits == 0) {
					unmatched.add(request.terms().words().get(i).text());
				}
			}
		}
		return List.copyOf(unmatched);
	}

	@Override
	public Optional<Result> employee(String id) {
		return run(f -> f.bool().must(f.id().matching(id)).must(f.exists().field("lastName")), 1, noReasons(),
				noReasons()).stream().findFirst();
	}

	@Override
	public Optional<Result> office(String code) {
		return run(f -> f.bool().must(f.id().matching(code)).mustNot(f.exists().field("lastName")), 1, noReasons(),
				noReasons()).stream().findFirst();
	}

	/** Look-ups by id match no words: nothing to mark. */
	private DirectorySearchTextReasons noReasons() {
		return new DirectorySearchTextReasons(textAnalyzer, Set.of());
	}

	private List<Result> run(Function<SearchPredicateFactory, PredicateFinalStep> predicate, int limit,
			DirectorySearchTextReasons text, DirectorySearchTextReasons position) {
		DirectorySearchDisplay.IndexState state = display.state();
		DirectorySearchDisplay.Snapshot snapshot = display.of(state);
		try (Session session = entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
			SearchScope<Object> scope = Search.session(session)
				.scope(Object.class, List.of(DirectorySearchMapping.EMPLOYEE, DirectorySearchMapping.OFFICE));
			if (snapshot != null) {
				List<Result> results = fromSnapshot(snapshot, Search.session(session)
					.search(scope)
					.select(f -> f.composite().from(f.entityReference(), f.id(String.class), f.score()).asList())
					.where(predicate::apply)
					.totalHitCountThreshold(limit)
					.fetchHits(limit), text, position);
				// The snapshot holds what the index held before and after the search, so during it too.
				if (results != null && display.state().equals(state)) {
					display.answered();
					return results;
				}
			}
			return Search.session(session)
				.search(scope)
				.select(f -> f.composite().from(f.entityReference(), f.id(String.class), f.score(), stored(f)).asList())
				.where(predicate::apply)
				// No exact total: lets Lucene skip documents that cannot reach the top (block-max WAND).
				.totalHitCountThreshold(limit)
				.fetchHits(limit)
				.stream()
				.map(hit -> toResult(name(hit), (String) hit.get(1), (Float) hit.get(2), (List<?>) hit.get(3), text,
						position))
				.toList();
		}
	}

	/** The results with the snapshot's stored values; null if a hit is not in it. */
	private @Nullable List<Result> fromSnapshot(DirectorySearchDisplay.Snapshot snapshot, List<List<?>> hits,
			DirectorySearchTextReasons text, DirectorySearchTextReasons position) {
		List<Result> results = new ArrayList<>(hits.size());
		for (List<?> hit : hits) {
			String id = (String) hit.get(1);
			List<?> stored = snapshot.stored(name(hit), id);
			if (stored == null) {
				return null;
			}
			results.add(toResult(name(hit), id, (Float) hit.get(2), stored, text, position));
		}
		return List.copyOf(results);
	}

	private static String name(List<?> hit) {
		return ((org.hibernate.search.engine.common.EntityReference) hit.get(0)).name();
	}

	/** The stored fields a result shows, in {@link #STORED}'s order. */
	static org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep<?, List<?>> stored(
			SearchProjectionFactory<?, ?> f) {
		return f.composite().from(STORED.stream().map(field -> f.field(field, String.class)).toArray(
				org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep[]::new)).asList();
	}

	private Result toResult(String entityName, String id, float score, List<?> stored, DirectorySearchTextReasons text,
			DirectorySearchTextReasons position) {
		List<Reason> matched = new ArrayList<>();
		if (DirectorySearchMapping.EMPLOYEE.equals(entityName)) {
			reason(matched, "position", position.mark(text(stored, 3)));
			reason(matched, "office.name", text.mark(text(stored, 9)));
			reason(matched, "office.competences", text.mark(text(stored, 16)));
			String name = stored.get(0) + " " + stored.get(1);
			return new Result(Kind.PERSON, id, name, text(stored, 2), text(stored, 3), text(stored, 4), text(stored, 5),
					text(stored, 6), text(stored, 7), new Reference(text(stored, 8), text(stored, 9)),
					department(text(stored, 10)), text(stored, 11), score, List.copyOf(matched));
		}
		reason(matched, "name", text.mark(text(stored, 12)));
		reason(matched, "competences", text.mark(text(stored, 17)));
		String phone = text(stored, 15);
		return new Result(Kind.OFFICE, id, text(stored, 12), null, null, lastFour(phone), phone, text(stored, 6), null,
				null, department(text(stored, 13)), text(stored, 14), score, List.copyOf(matched));
	}

	private static void reason(List<Reason> reasons, String field, List<String> fragments) {
		if (!fragments.isEmpty()) {
			reasons.add(new Reason(field, fragments));
		}
	}

	/** Keyword fields have no highlighter: the extension that matched is marked here. */
	private static Result withExtensionReason(Result result, String extension) {
		if (!extension.equals(result.extension())) {
			return result;
		}
		List<Reason> matched = new ArrayList<>(result.matched());
		matched.add(0, new Reason("extension", List.of("<mark>" + extension + "</mark>")));
		return new Result(result.type(), result.id(), result.name(), result.title(), result.position(), result.extension(),
				result.directPhone(), result.email(), result.room(), result.office(), result.department(),
				result.openingHours(), result.score(), List.copyOf(matched));
	}

	private @Nullable Reference department(@Nullable String code) {
		if (code == null) {
			return null;
		}
		return new Reference(code, departments.find(code).map(DepartmentView::name).orElse(code));
	}

	private static @Nullable String lastFour(@Nullable String phone) {
		return phone == null ? null : new DirectorySearchMapping.LastFourDigits().toIndexedValue(phone, null);
	}

	@SuppressWarnings("NullAway")
	private static String text(List<?> values, int index) {
		return (String) values.get(index);
	}

}
