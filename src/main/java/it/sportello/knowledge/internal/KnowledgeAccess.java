package it.sportello.knowledge.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetState;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees which sheets (S-KB8): operators only what they may answer from, published and valid today (Europe/Rome);
 * the URP, the department's support and office heads also their department's sheets in every state; those who run
 * the portal and the Information Society office everything. Anything else is not found, not forbidden.
 */
@Component
class KnowledgeAccess {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private final Clock clock;

	KnowledgeAccess(Clock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ROME);
	}

	boolean seesEverything(StaffMember by) {
		return by.is(Role.MANAGER, Role.BACK_OFFICE, Role.INFORMATION_SOCIETY, Role.ADMIN);
	}

	boolean canSee(Sheet sheet, StaffMember by) {
		return seesEverything(by) || sheet.usableOn(today())
				|| (by.departmentCode() != null && by.departmentCode().equals(sheet.departmentCode())
						&& !by.is(Role.FIRST_LEVEL));
	}

	/** Whether {@code by} sees the sheet in any state, its revision too: its department's staff and who runs the portal. */
	boolean seesEveryState(Sheet sheet, StaffMember by) {
		return seesEverything(by) || (by.departmentCode() != null && by.departmentCode().equals(sheet.departmentCode())
				&& !by.is(Role.FIRST_LEVEL));
	}

	/** The sheets {@code by} may see, as a query condition. */
	Specification<Sheet> visibleTo(StaffMember by) {
		return (root, query, cb) -> visible(root, cb, by);
	}

	/** The condition on a sheet reached from another record (a FAQ's sheet). */
	Predicate visible(From<?, Sheet> sheet, CriteriaBuilder cb, StaffMember by) {
		if (seesEverything(by)) {
			return cb.conjunction();
		}
		Predicate usable = usable(sheet, cb);
		if (seesOnlyUsable(by)) {
			return usable;
		}
		return cb.or(usable, cb.equal(sheet.get("departmentCode"), by.departmentCode()));
	}

	/** Whether {@code by} sees only the sheets usable today (first level, and staff of no department). */
	boolean seesOnlyUsable(StaffMember by) {
		return !seesEverything(by) && (by.departmentCode() == null || by.is(Role.FIRST_LEVEL));
	}

	/** Published and valid today (Europe/Rome): what operators answer from. */
	Predicate usable(From<?, Sheet> sheet, CriteriaBuilder cb) {
		LocalDate today = today();
		return cb.and(cb.equal(sheet.get("state"), SheetState.ACTIVE), cb.lessThanOrEqualTo(sheet.get("validFrom"), today),
				cb.or(cb.isNull(sheet.get("validUntil")), cb.greaterThanOrEqualTo(sheet.get("validUntil"), today)));
	}

	/** Exactly the sheets {@link #usable} leaves out: not published, or outside its validity today. */
	Predicate notUsable(From<?, Sheet> sheet, CriteriaBuilder cb) {
		LocalDate today = today();
		return cb.or(cb.notEqual(sheet.get("state"), SheetState.ACTIVE), cb.isNull(sheet.get("validFrom")),
				cb.greaterThan(sheet.get("validFrom"), today), cb.lessThan(sheet.get("validUntil"), today));
	}

}
