package it.sportello.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * One page of a list made of two parts: records ranked by the search index (their ids, best first), then the others
 * the database finds, in their own order. The page may straddle the two; its total counts both.
 * <p>
 * The ranked part is asked for the ids down to the page's last ({@link #wanted}) and its total.
 */
final class RankedPages {

	private RankedPages() {
	}

	/** How many of the best ids the page needs: those down to its last. */
	static int wanted(int page, int size) {
		return (int) Math.min((long) (page + 1) * size, Integer.MAX_VALUE - 1);
	}

	/**
	 * @param ranked the best ids of the first part, in order, down to the page's last at least, and its total
	 * @param load the records of some of those ids, in the same order
	 * @param rest the second part, a window of it at a time (with its total); null when there is none
	 */
	static <T> KnowledgePage<T> page(KnowledgeMatches.Ranked ranked, Function<List<String>, List<T>> load,
			@Nullable Function<Pageable, Page<T>> rest, Sort sort, int page, int size) {
		long from = (long) page * size;
		List<String> best = ranked.ids();
		List<T> content = new ArrayList<>(size);
		if (from < best.size()) {
			content.addAll(load.apply(best.subList((int) from, (int) Math.min(from + size, best.size()))));
		}
		long others = 0;
		if (rest != null) {
			int room = size - content.size();
			// With no room left, a window of one row still answers how many there are.
			Page<T> window = rest.apply(new Window(Math.max(0, from - ranked.total()), Math.max(room, 1), sort));
			if (room > 0) {
				content.addAll(window.getContent());
			}
			others = window.getTotalElements();
		}
		long total = ranked.total() + others;
		return new KnowledgePage<>(content, new KnowledgePage.PageInfo(page, size, from + size < total, total));
	}

	/** Rows from any offset, not only from a multiple of the page size. */
	record Window(long offset, int limit, Sort sort) implements Pageable {

		@Override
		public int getPageNumber() {
			return (int) (offset / limit);
		}

		@Override
		public int getPageSize() {
			return limit;
		}

		@Override
		public long getOffset() {
			return offset;
		}

		@Override
		public Sort getSort() {
			return sort;
		}

		@Override
		public Pageable next() {
			return new Window(offset + limit, limit, sort);
		}

		@Override
		public Pageable previousOrFirst() {
			return new Window(Math.max(0, offset - limit), limit, sort);
		}

		@Override
		public Pageable first() {
			return new Window(0, limit, sort);
		}

		@Override
		public Pageable withPage(int pageNumber) {
			return new Window((long) pageNumber * limit, limit, sort);
		}

		@Override
		public boolean hasPrevious() {
			return offset > 0;
		}

	}

}
