package it.sportello.organization.internal;

import java.time.LocalDate;
import java.util.List;

import it.sportello.organization.DepartmentView;
import it.sportello.organization.EmployeeView;
import it.sportello.organization.OfficeView;

/**
 * The printable phone directory for operators (S-KB3): departments and offices in structure order, people by
 * surname inside each office (those serving it ad interim too), dated with the day of the last change.
 */
public record PrintedDirectory(LocalDate updatedOn, List<DepartmentSection> departments) {

	/** One department's pages. */
	public record DepartmentSection(DepartmentView department, List<OfficeSection> offices) {
	}

	/** One office's block: its switchboard data and its people. */
	public record OfficeSection(OfficeView office, List<EmployeeView> people) {
	}

	public int people() {
		return departments.stream().flatMap(d -> d.offices().stream()).mapToInt(o -> o.people().size()).sum();
	}

}
