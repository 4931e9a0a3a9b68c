package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of the office tree in a file: every parent exists, in the same department, without cycles; only
 * a structure may stand without a parent (it is a department's root). And the order to write it in.
 */
final class OfficeTree {

	private OfficeTree() {
	}

	static void check(Map<String, Sourced<OfficeData>> offices, RowChecker check) {
		for (Sourced<OfficeData> office : offices.values()) {
			OfficeData data = office.data();
			String parentCode = data.parentCode();
			if (parentCode == null) {
				if (data.type() != null && !"STRUTTURA".equals(data.type())) {
					check.report(office.line(), "parent_code", "parent-missing");
				}
				continue;
			}
			Sourced<OfficeData> parent = offices.get(parentCode);
			if (parent == null) {
				check.report(office.line(), "parent_code", "parent-unknown", parentCode);
			}
			else if (!Objects.equals(parent.data().departmentCode(), data.departmentCode())) {
				check.report(office.line(), "parent_code", "parent-other-department", parentCode,
						parent.data().departmentCode());
			}
			else if (inCycle(office.key(), offices)) {
				check.report(office.line(), "parent_code", "parent-cycle");
			}
		}
	}

	private static boolean inCycle(String code, Map<String, Sourced<OfficeData>> offices) {
		Set<String> seen = new HashSet<>();
		String current = code;
		while (current != null && offices.containsKey(current)) {
			if (!seen.add(current)) {
				return true;
			}
			current = offices.get(current).data().parentCode();
		}
		return false;
	}

	/** The offices with each parent before its children, file order otherwise; offices in a cycle go last. */
	static Map<String, Sourced<OfficeData>> parentsFirst(Map<String, Sourced<OfficeData>> offices) {
		Map<String, List<Sourced<OfficeData>>> children = new HashMap<>();
		List<Sourced<OfficeData>> roots = new ArrayList<>();
		for (Sourced<OfficeData> office : offices.values()) {
			String parent = office.data().parentCode();
			if (parent == null || !offices.containsKey(parent)) {
				roots.add(office);
			}
			else {
				children.computeIfAbsent(parent, key -> new ArrayList<>()).add(office);
			}
		}
		Map<String, Sourced<OfficeData>> ordered = new LinkedHashMap<>();
		List<Sourced<OfficeData>> queue = new ArrayList<>(roots);
		for (int i = 0; i < queue.size(); i++) {
			Sourced<OfficeData> office = queue.get(i);
			ordered.put(office.key(), office);
			queue.addAll(children.getOrDefault(office.key(), List.of()));
		}
		offices.forEach(ordered::putIfAbsent);
		return ordered;
	}

}
