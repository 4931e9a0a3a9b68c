package it.sportello.organization.internal;

import java.util.HashMap;
import java.util.Map;

/** Every department has exactly one URP (Ufficio Relazioni con il Pubblico): the citizens' door to it. */
final class Urps {

	private Urps() {
	}

	static void check(Map<String, Sourced<OfficeData>> offices, Map<String, Sourced<DepartmentData>> departments,
			RowChecker officeCheck, RowChecker departmentCheck) {
		Map<String, Sourced<OfficeData>> urpByDepartment = new HashMap<>();
		for (Sourced<OfficeData> office : offices.values()) {
			if (!"URP".equals(office.data().type()) || office.data().departmentCode() == null) {
				continue;
			}
			Sourced<OfficeData> first = urpByDepartment.putIfAbsent(office.data().departmentCode(), office);
			if (first != null) {
				officeCheck.report(office.line(), "type", "second-urp", office.data().departmentCode(), first.key(),
						first.line());
			}
		}
		if (offices.isEmpty()) {
			return; // offices.csv missing or unreadable: already reported, no need to blame every department
		}
		for (Sourced<DepartmentData> department : departments.values()) {
			if (!urpByDepartment.containsKey(department.key())) {
				departmentCheck.report(department.line(), "code", "no-urp");
			}
		}
	}

}
