package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import it.sportello.organization.DirectorySearch;
import it.sportello.organization.DirectorySearch.Answer;
import it.sportello.organization.DirectorySearch.Kind;
import it.sportello.organization.DirectorySearch.Reason;
import it.sportello.organization.DirectorySearch.Result;
import it.sportello.search.HitType;
import it.sportello.search.SearchContribution;
import it.sportello.search.SearchContributor;
import it.sportello.search.SearchHit;
import it.sportello.search.SearchQuery;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * People and offices in the one search box, from the switchboard's own search: the same ranking, relaxation
 * and vocabulary as {@code GET /api/v1/directory/search}. The directory is for every staff user, so nothing is
 * filtered by the viewer.
 */
@Component
class DirectorySearchContributor implements SearchContributor {

	private final DirectorySearch directory;

	DirectorySearchContributor(DirectorySearch directory) {
		this.directory = directory;
	}

	@Override
	public Set<HitType> types() {
		return Set.of(HitType.PERSON, HitType.OFFICE);
	}

	@Override
	public SearchContribution search(SearchQuery query, int limit) {
		// The words a partial answer does not match cost a search each: looked for only if the box shows them.
		Answer answer = directory.rank(query.text(), Math.min(limit, DirectorySearch.MAX_LIMIT));
		List<SearchHit> hits = new ArrayList<>();
		for (Result result : answer.results()) {
			HitType type = result.type() == Kind.PERSON ? HitType.PERSON : HitType.OFFICE;
			if (query.wants(type)) {
				hits.add(hit(type, result));
			}
		}
		if (answer.match() == DirectorySearch.Match.PARTIAL && !answer.results().isEmpty()) {
			String first = answer.results().get(0).id();
			return SearchContribution.partial(hits, () -> directory.unmatched(query.text(), first));
		}
		return new SearchContribution(hits, false, List.of());
	}

	private static SearchHit hit(HitType type, Result result) {
		String title = result.title() != null ? result.title() + " " + result.name() : result.name();
		String snippet = result.matched().stream()
			.filter(r -> !r.fragments().isEmpty())
			.findFirst()
			.map(r -> r.fragments().get(0))
			.orElseGet(() -> HtmlUtils.htmlEscape(result.position() != null ? result.position() : result.name()));
		List<String> reasons = result.matched().stream().map(Reason::field).distinct().toList();
		return new SearchHit(type, result.id(), title, snippet, result.score(), reasons,
				result.department() != null ? result.department().code() : null, result.destination());
	}

}
