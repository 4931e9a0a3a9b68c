package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.sportello.organization.DepartmentView;
import it.sportello.organization.OfficeView;

/**
 * An immutable snapshot of the whole structure (a few hundred rows at most), so that the many reads of
 * menus, forms and routing never touch the database.
 */
record Structure(List<DepartmentView> departments, Map<String, DepartmentView> departmentsByCode,
		Map<String, OfficeView> officesByCode, Map<String, List<OfficeView>> officesByDepartment) {

	static Structure of(List<Department> departments, List<Office> offices) {
		List<DepartmentView> sorted = departments.stream()
			.sorted(Comparator.comparing(Department::shortName))
			.map(Department::toView)
			.toList();
		Map<String, DepartmentView> byCode = sorted.stream()
			.collect(Collectors.toMap(DepartmentView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<OfficeView> views = offices.stream().map(Office::toView).toList();
		Map<String, OfficeView> officesByCode = views.stream()
			.collect(Collectors.toMap(OfficeView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<String, List<OfficeView>> byDepartment = new LinkedHashMap<>();
		for (DepartmentView department : sorted) {
			List<OfficeView> own = views.stream().filter(o -> o.departmentCode().equals(department.code())).toList();
			byDepartment.put(department.code(), treeOrder(own));
		}
		return new Structure(sorted, Map.copyOf(byCode), Map.copyOf(officesByCode), Map.copyOf(byDepartment));
	}

	/** Each office followed by its children (the URP first, then by code), the way an organisation chart reads. */
	private static List<OfficeView> treeOrder(List<OfficeView> offices) {
		Comparator<OfficeView> siblings = Comparator.comparing((OfficeView o) -> !o.isUrp()).thenComparing(OfficeView::code);
		Map<String, List<OfficeView>> children = offices.stream()
			.filter(o -> o.parentCode() != null)
			.collect(Collectors.groupingBy(o -> String.valueOf(o.parentCode())));
		List<OfficeView> ordered = new ArrayList<>();
		offices.stream()
			.filter(o -> o.parentCode() == null || offices.stream().noneMatch(p -> p.code().equals(o.parentCode())))
			.sorted(siblings)
			.forEach(root -> visit(root, children, siblings, ordered));
		return List.copyOf(ordered);
	}

	private static void visit(OfficeView office, Map<String, List<OfficeView>> children, Comparator<OfficeView> siblings,
			List<OfficeView> ordered) {
		ordered.add(office);
		children.getOrDefault(office.code(), List.of())
			.stream()
			.sorted(siblings)
			.forEach(child -> visit(child, children, siblings, ordered));
	}

}
