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
 * (the type facet). Counted with the portal list's own conditions: without words from the database; with words the
 * usable sheets from the search index and the others the reader may see from the database.
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
		String text = queries.searchable(query);
		for (Row row : rows(text, by)) {
			String rowDepartment = row.department();
			Set<Audience> rowAudience = row.audience();
			List<String> rowKeywords = row.keywords();
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
		types.put("FAQ", queries.faqs(text, null, 0, 1, by).page().totalElements());
		types.put("PROCEDURE", queries.procedures(text, 0, 1).page().totalElements());
		return new PortalFacets(sorted(departments, Integer.MAX_VALUE),
				audiences.entrySet().stream().map(entry -> new Facet(entry.getKey().name(), entry.getValue())).toList(),
				sorted(keywords, KEYWORDS_SHOWN), types);
	}

	/** What the facets count of a sheet. */
	private record Row(@Nullable String department, Set<Audience> audience, List<String> keywords) {
	}

	/**
	 * Department, audience and keywords of each sheet the reader may see that holds every word: the usable ones from
	 * the search index, the others the reader may see (drafts, sheets in review, expired) from the database, as the
	 * list finds them ({@link KnowledgeQueries#sheets}).
	 */
	private List<Row> rows(@Nullable String text, StaffMember by) {
		List<Row> rows = new ArrayList<>();
		if (text != null) {
			queries.usableSheets(text).forEach(match -> rows.add(new Row(match.department(), match.audience(), match.keywords())));
			if (access.seesOnlyUsable(by)) {
				return rows;
			}
		}
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Tuple> select = cb.createTupleQuery();
		Root<Sheet> root = select.from(Sheet.class);
		select.multiselect(root.get("departmentCode"), root.get("audience"), root.get("keywords"));
		org.springframework.data.jpa.domain.Specification<Sheet> sheets = access.visibleTo(by);
		if (text != null) {
			sheets = sheets.and((sheet, q, builder) -> access.notUsable(sheet, builder)).and(KnowledgeQueries.matching(text));
		}
		select.where(sheets.toPredicate(root, select, cb));
		for (Tuple row : entities.createQuery(select).getResultList()) {
			@SuppressWarnings("unchecked")
			Set<Audience> audience = (Set<Audience>) row.get(1);
			@SuppressWarnings("unchecked")
			List<String> keywords = (List<String>) row.get(2);
			rows.add(new Row(row.get(0, String.class), audience, keywords));
		}
		return rows;
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
