package it.sportello.identity;

/** What a staff user does in the contact center (BRIEF.md, "Who uses it"). Each user has exactly one role. */
public enum Role {

	FIRST_LEVEL, BACK_OFFICE,
	/** Bound to one department. */
	DEPARTMENT_SUPPORT,
	/** Bound to one department. */
	URP, OFFICE_HEAD, INFORMATION_SOCIETY, MANAGER, ADMIN;

	/** Whether users of this role must be bound to a department. */
	public boolean isDepartmentScoped() {
		return this == DEPARTMENT_SUPPORT || this == URP;
	}

	/** The Spring Security authority, e.g. {@code ROLE_FIRST_LEVEL}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
