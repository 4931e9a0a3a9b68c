package it.sportello.ticketing.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import it.sportello.identity.StaffMember;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketState;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The ticket search as a JPA criteria query, with the viewer's department scope always applied. */
final class TicketSpecifications {

	private TicketSpecifications() {
	}

	static Specification<Ticket> matching(TicketSearch search, @Nullable Collection<Long> citizenIds, StaffMember by,
			Instant now, ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (by.role().isDepartmentScoped()) {
				where.add(cb.equal(root.get("departmentCode"), by.departmentCode()));
			}
			if (search.number() != null && !search.number().isBlank()) {
				where.add(cb.like(root.get("number"), search.number().strip() + "%"));
			}
			if (citizenIds != null) {
				where.add(citizenIds.isEmpty() ? cb.disjunction() : root.get("citizenId").in(citizenIds));
			}
			if (search.citizenId() != null) {
				where.add(cb.equal(root.get("citizenId"), search.citizenId()));
			}
			if (search.state() != null) {
				where.add(cb.equal(root.get("state"), search.state()));
			}
			if (search.level() != null) {
				List<TicketState> holding = Arrays.stream(TicketState.values())
					.filter(s -> s.level() == search.level())
					.toList();
				where.add(cb.or(root.get("state").in(holding), cb.and(cb.equal(root.get("state"), TicketState.CLOSED),
						cb.equal(root.get("resolvedAtLevel"), search.level()))));
			}
			if (search.department() != null && !search.department().isBlank()) {
				where.add(cb.equal(root.get("departmentCode"), search.department()));
			}
			if (search.category() != null && !search.category().isBlank()) {
				where.add(cb.equal(root.get("categoryCode"), search.category()));
			}
			if (search.openedFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("openedAt"), search.openedFrom().atStartOfDay(zone).toInstant()));
			}
			if (search.openedTo() != null) {
				where.add(cb.lessThan(root.get("openedAt"), search.openedTo().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (search.overdue() != null) {
				Predicate overdue = cb.and(cb.equal(root.get("state"), TicketState.ASSIGNED),
						cb.lessThan(root.get("dueAt"), now));
				where.add(search.overdue() ? overdue : cb.not(overdue));
			}
			if (search.clarificationPending() != null) {
				where.add(cb.equal(root.get("clarificationPending"), search.clarificationPending()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}


}
