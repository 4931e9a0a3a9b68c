package it.sportello.reporting.tickets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import it.sportello.identity.KnownDepartments;
import it.sportello.identity.StaffMember;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who reads which dashboards: the manager, administrators and the back office every department's; a department's
 * support and URP only their own department's, whatever they ask; nobody else. The department decided here is the
 * filter of every query of the dashboards.
 */
@Component
public class DashboardScope {

	/** The longest period a dashboard covers. */
	static final int MAX_DAYS = 366;

	private final KnownDepartments departments;

	DashboardScope(KnownDepartments departments) {
		this.departments = departments;
	}

	/** Whether {@code me} may read the ticket dashboards at all. */
	public static boolean mayRead(StaffMember me) {
		return switch (me.role()) {
			case MANAGER, ADMIN, BACK_OFFICE, DEPARTMENT_SUPPORT, URP -> true;
			default -> false;
		};
	}

	/** Whether {@code me} may choose the department (else it is the user's own). */
	public static boolean choosesDepartment(StaffMember me) {
		return mayRead(me) && !me.role().isDepartmentScoped();
	}

	/**
	 * The department the dashboards of {@code me} show: the one asked for (null: all) for those who choose, the
	 * user's own for department users.
	 *
	 * @throws ForbiddenException for a role that reads no dashboard, or a department user asking for another
	 * department
	 * @throws InvalidInputException for an unknown department
	 */
	public @Nullable String department(StaffMember me, @Nullable String asked) {
		if (!mayRead(me)) {
			throw new ForbiddenException("reports.forbidden");
		}
		String wanted = asked == null || asked.isBlank() ? null : asked.strip();
		if (me.role().isDepartmentScoped()) {
			if (wanted != null && !wanted.equals(me.departmentCode())) {
				throw new ForbiddenException("reports.other-department", wanted);
			}
			return me.departmentCode();
		}
		if (wanted != null && !departments.exists(wanted)) {
			throw new InvalidInputException("department", "reports.department-unknown", wanted);
		}
		return wanted;
	}

	/** @throws InvalidInputException when {@code to} is before {@code from} or the period is longer than a year */
	public static void checkPeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "reports.period-reversed");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw new InvalidInputException("to", "reports.period-too-long", MAX_DAYS);
		}
	}

}
