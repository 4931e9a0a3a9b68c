package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import it.sportello.organization.DepartmentView;
import it.sportello.organization.DirectorySearch;
import it.sportello.search.QueryTerms;
import it.sportello.shared.InvalidInputException;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@link DirectorySearch} on the Lucene index. Everything a result shows is projected from the index, so a
 * search costs no database round trip; the department's name comes from the in-memory structure.
 */
@Service
class DirectorySearchService implements DirectorySearch {

	/**
	 * The text fields whose Hibernate Search highlights explain a match. Names are marked by
	 * {@link DirectorySearchNameReasons} instead: the highlighter would rebuild the fuzzy and prefix automata
	 * of the name clauses for every hit and field, which cost more than the search itself.
	 */
	static final List<String> REASON_FIELDS = List.of("position", "name", "competences", "office.name",
			"office.competences");

	private static final List<String> STORED = List.of("firstName", "lastName", "title", "position", "extension",
			"directPhone", "email", "room", "office.code", "office.name", "office.departmentCode", "office.openingHours",
			"name", "departmentCode", "openingHours", "phone");

	private final EntityManagerFactory entityManagerFactory;

	private final DepartmentCatalog departments;

	DirectorySearchService(EntityManagerFactory entityManagerFactory, DepartmentCatalog departments) {
		this.entityManagerFactory = entityManagerFactory;
		this.departments = departments;
	}

	@Override
	public List<Result> search(String query, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "search.limit-invalid", MAX_LIMIT);
		}
		QueryTerms terms = QueryTerms.parse(query);
		List<Result> results = run(f -> DirectorySearchQuery.of(f, terms), limit).stream()
			.map(result -> DirectorySearchNameReasons.add(result, terms))
			.toList();
		return terms.extension().map(extension -> results.stream().map(r -> withExtensionReason(r, extension)).toList())
			.orElse(results);
	}

	@Override
	public Optional<Result> employee(String id) {
		return run(f -> f.bool().must(f.id().matching(id)).must(f.exists().field("lastName")), 1).stream().findFirst();
	}

	@Override
	public Optional<Result> office(String code) {
		return run(f -> f.bool().must(f.id().matching(code)).mustNot(f.exists().field("lastName")), 1).stream()
			.findFirst();
	}

	private List<Result> run(Function<SearchPredicateFactory, PredicateFinalStep> predicate, int limit) {
		try (Session session = entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
			SearchScope<Object> scope = Search.session(session)
				.scope(Object.class, List.of(DirectorySearchMapping.EMPLOYEE, DirectorySearchMapping.OFFICE));
			return Search.session(session)
				.search(scope)
				.select(f -> f.composite().from(f.entityReference(), f.id(String.class), f.score(), stored(f),
						reasons(f)).asList())
				.where(predicate::apply)
				.highlighter(h -> h.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
					.numberOfFragments(2))
				// No exact total: lets Lucene skip documents that cannot reach the top (block-max WAND).
				.totalHitCountThreshold(limit)
				.fetchHits(limit)
				.stream()
				.map(this::toResult)
				.toList();
		}
	}

	private static org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep<?, List<?>> stored(
			SearchProjectionFactory<?, ?> f) {
		return f.composite().from(STORED.stream().map(field -> f.field(field, String.class)).toArray(
				org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep[]::new)).asList();
	}

	private static org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep<?, List<?>> reasons(
			SearchProjectionFactory<?, ?> f) {
		return f.composite().from(REASON_FIELDS.stream().map(f::highlight).toArray(
				org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep[]::new)).asList();
	}

	private Result toResult(List<?> hit) {
		var reference = (org.hibernate.search.engine.common.EntityReference) hit.get(0);
		String id = (String) hit.get(1);
		float score = (Float) hit.get(2);
		List<?> stored = (List<?>) hit.get(3);
		List<?> highlights = (List<?>) hit.get(4);
		List<Reason> matched = new ArrayList<>();
		for (int i = 0; i < REASON_FIELDS.size(); i++) {
			@SuppressWarnings("unchecked")
			List<String> fragments = (List<String>) highlights.get(i);
			if (fragments != null && !fragments.isEmpty()) {
				matched.add(new Reason(REASON_FIELDS.get(i), List.copyOf(fragments)));
			}
		}
		if (DirectorySearchMapping.EMPLOYEE.equals(reference.name())) {
			String name = stored.get(0) + " " + stored.get(1);
			return new Result(Kind.PERSON, id, name, text(stored, 2), text(stored, 3), text(stored, 4), text(stored, 5),
					text(stored, 6), text(stored, 7), new Reference(text(stored, 8), text(stored, 9)),
					department(text(stored, 10)), text(stored, 11), score, matched);
		}
		String phone = text(stored, 15);
		return new Result(Kind.OFFICE, id, text(stored, 12), null, null, lastFour(phone), phone, text(stored, 6), null,
				null, department(text(stored, 13)), text(stored, 14), score, matched);
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
