package it.sportello.telephony.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import it.sportello.organization.Directory;
import it.sportello.organization.EmployeeView;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Who an extension is, from the directory: the person and the office, or null for an extension it does not list. */
@Component
class ExtensionNames {

	private final Supplier<Map<String, String>> names;

	@Autowired
	ExtensionNames(Directory directory) {
		this(() -> {
			Map<String, String> names = new HashMap<>();
			for (EmployeeView employee : directory.everyone()) {
				names.putIfAbsent(employee.extension(),
						employee.lastName() + " " + employee.firstName() + " – " + employee.officeName());
			}
			return names;
		});
	}

	ExtensionNames(Supplier<Map<String, String>> names) {
		this.names = names;
	}

	/** Read once per report: the directory's extensions by their number. */
	Map<String, String> all() {
		return names.get();
	}

	@Nullable String name(Map<String, String> all, String extension) {
		return all.get(extension);
	}

}
