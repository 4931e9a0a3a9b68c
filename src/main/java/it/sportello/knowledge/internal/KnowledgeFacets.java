package it.sportello.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import it.sportello.identity.StaffMember;
import it.sportello.knowledge.Audience;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's facets: for the sheets the reader may see that match the words searched, how many there are in each
 * department, for each audience and with each keyword (the most frequent), each counted with the other filters chosen
 * but not its own, so that the reader sees where else to go; and how many sheets, FAQ and procedures the words find
 * (the type facet). Counted from the database with the portal list's own conditions, apart from the search index.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeFacets {

	/** How many keywords the keyword facet shows, the most frequent first. */
	static final int KEYWORDS_SHOWN = 12;

	private final EntityManager entities;

	private final KnowledgeAccess access;

	private final KnowledgeQueries queries;

	KnowledgeFacets(EntityManager entities, KnowledgeAccess access, KnowledgeQueries queries) {
		this.entities = entities;
		this.access = access;
		this.queries = queries;
	}

	/** A value of a facet with the number of results it leads to. */
	public record Facet(String value, long count) {
	}

	/** The portal's facets; {@code types} is keyed SHEET, FAQ, PROCEDURE. */
	public record PortalFacets(List<Facet> departments, List<Facet> audiences, List<Facet> keywords,
			Map<String, Long> types) {
	}

	public PortalFacets facets(@Nullable String query, @Nullable String department, @Nullable String keyword,
			@Nullable Audience audience, StaffMember by) {
		String wantedKeyword = keyword == null ? null : keyword.strip().toLowerCase(Locale.ROOT);
		Map<String, Long> departments = new HashMap<>();
		Map<Audience, Long> audiences = new EnumMap<>(Audience.class);
		Map<String, Long> keywords = new HashMap<>();
		long sheets = 0;
		for (Tuple row : rows(query, by)) {
			String rowDepartment = row.get(0, String.class);
			@SuppressWarnings("unchecked")
			Set<Audience> rowAudience = (Set<Audience>) row.get(1);
			@SuppressWarnings("unchecked")
			List<String> rowKeywords = (List<String>) row.get(2);
			boolean inDepartment = department == null || department.equals(rowDepartment);
			boolean forAudience = audience == null || rowAudience.contains(audience);
			boolean withKeyword = wantedKeyword == null
					|| rowKeywords.stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).equals(wantedKeyword));
			if (forAudience && withKeyword) {
				departments.merge(rowDepartment, 1L, Long::sum);
			}
			if (inDepartment && withKeyword) {
				rowAudience.forEach(each -> audiences.merge(each, 1L, Long::sum));
			}
			if (inDepartment && forAudience) {
				rowKeywords.stream()
					.map(word -> word.toLowerCase(Locale.ROOT))
					.distinct()
					.forEach(word -> keywords.merge(word, 1L, Long::sum));
			}
			if (inDepartment && forAudience && withKeyword) {
				sheets++;
			}
		}
		Map<String, Long> types = new java.util.LinkedHashMap<>();
		types.put("SHEET", sheets);
		types.put("FAQ", queries.faqs(query, null, 0, 1, by).page().totalElements());
		types.put("PROCEDURE", queries.procedures(query, 0, 1).page().totalElements());
		return new PortalFacets(sorted(departments, Integer.MAX_VALUE),
				audiences.entrySet().stream().map(entry -> new Facet(entry.getKey().name(), entry.getValue())).toList(),
				sorted(keywords, KEYWORDS_SHOWN), types);
	}

	/** Department, audience and keywords of each sheet the reader may see that the words match. */
	private List<Tuple> rows(@Nullable String query, StaffMember by) {
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Tuple> select = cb.createTupleQuery();
		Root<Sheet> root = select.from(Sheet.class);
		select.multiselect(root.get("departmentCode"), root.get("audience"), root.get("keywords"));
		select.where(access.visibleTo(by).and(KnowledgeQueries.matching(query)).toPredicate(root, select, cb));
		return entities.createQuery(select).getResultList();
	}

	/** The values by count, most first, then alphabetically; at most {@code limit}. */
	private static List<Facet> sorted(Map<String, Long> counts, int limit) {
		List<Facet> facets = new ArrayList<>(counts.entrySet()
			.stream()
			.map(entry -> new Facet(entry.getKey(), entry.getValue()))
			.toList());
		facets.sort(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::value));
		return facets.size() > limit ? facets.subList(0, limit) : facets;
	}

}
