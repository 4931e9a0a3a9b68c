package it.sportello.ticketing.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One page of a ticket list and where it stands: its number (from 0), its size, whether another page
 * follows, and the number of all matches only when the client asked for it ({@code withTotal=true}).
 */
public record TicketPage(List<TicketSummary> content, PageInfo page) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PageInfo(int number, int size, boolean hasNext, @Nullable Long totalElements) {
	}

}
