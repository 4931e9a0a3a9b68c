package it.sportello.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the office card shows: contacts, hours, website and competences (in {@code office}), where it
 * sits in the tree, and its people by surname.
 *
 * @param interim people of other offices who serve this one ad interim
 */
public record OfficeCard(OfficeView office, DepartmentView department, @Nullable OfficeView parent,
		List<OfficeView> children, List<EmployeeView> employees, List<EmployeeView> interim) {
}
