package it.sportello.organization.internal;

import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The form of each directory field, shared by the import and the edit forms so that a record that can be
 * saved by hand can also be imported, and the other way round. Each check returns the reason in Italian,
 * or null when the value is fine.
 */
final class FieldRules {

	static final Set<String> OFFICE_TYPES = Set.of("STRUTTURA", "URP", "UFFICIO");

	private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

	private static final Pattern OFFICE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

	private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,15}");

	/** Deliberately loose: one @, a dot in the domain, no spaces. Mail servers decide the rest. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./-]{4,30}");

	private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,8}");

	private FieldRules() {
	}

	static @Nullable Broken departmentCode(String value) {
		return DEPARTMENT_CODE.matcher(value).matches() ? null : Broken.of("department-code", value);
	}

	static @Nullable Broken officeCode(String value) {
		return OFFICE_CODE.matcher(value).matches() ? null : Broken.of("office-code", value);
	}

	static @Nullable Broken employeeId(String value) {
		return EMPLOYEE_ID.matcher(value).matches() ? null : Broken.of("employee-id", value);
	}

	static @Nullable Broken email(@Nullable String value) {
		return value == null || EMAIL.matcher(value).matches() ? null : Broken.of("email", value);
	}

	static @Nullable Broken phone(@Nullable String value) {
		return value == null || PHONE.matcher(value).matches() ? null : Broken.of("phone", value);
	}

	static @Nullable Broken extension(@Nullable String value) {
		return value == null || EXTENSION.matcher(value).matches() ? null : Broken.of("extension", value);
	}

	static @Nullable Broken website(@Nullable String value) {
		return value == null || value.startsWith("https://") || value.startsWith("http://") ? null
				: Broken.of("website", value);
	}

	static @Nullable Broken officeType(@Nullable String value) {
		return value == null || OFFICE_TYPES.contains(value) ? null : Broken.of("office-type", value);
	}

	static @Nullable Broken length(@Nullable String value, int max) {
		return value == null || value.length() <= max ? null : Broken.of("too-long", value.length(), max);
	}

}
