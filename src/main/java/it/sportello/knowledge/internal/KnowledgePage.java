package it.sportello.knowledge.internal;

import java.util.List;

import org.springframework.data.domain.Page;

/** One page of a knowledge list, {@code {content, page}} like the ticket lists. */
public record KnowledgePage<T>(List<T> content, PageInfo page) {

	public record PageInfo(int number, int size, boolean hasNext, long totalElements) {
	}

	static <T> KnowledgePage<T> of(Page<T> page) {
		return new KnowledgePage<>(page.getContent(),
				new PageInfo(page.getNumber(), page.getSize(), page.hasNext(), page.getTotalElements()));
	}

}
