package it.sportello.knowledge.internal;

import java.util.Set;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;

import static it.sportello.identity.Role.DEPARTMENT_SUPPORT;
import static it.sportello.identity.Role.OFFICE_HEAD;
import static it.sportello.identity.Role.URP;

/**
 * What can be done to an information need (S-AC1), by whom, in the need's own department: the URP or an office head
 * opens it (an office head's need waits for its URP), the URP engages the department's support, the URP or the
 * support starts the draft sheet once the support is engaged.
 */
public enum NeedAction {

	OPEN(Set.of(URP, OFFICE_HEAD)),
	ENGAGE_SUPPORT(Set.of(URP)),
	START_DRAFT(Set.of(URP, DEPARTMENT_SUPPORT));

	private final Set<Role> roles;

	NeedAction(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean allowsRole(Role role) {
		return roles.contains(role);
	}

	/** Role and department hold, and the need is at the step the action belongs to. */
	boolean allows(Need need, StaffMember by) {
		if (!allowsRole(by.role()) || !need.departmentCode().equals(by.departmentCode())) {
			return false;
		}
		return switch (this) {
			case OPEN -> false;
			case ENGAGE_SUPPORT -> !need.engaged();
			case START_DRAFT -> need.engaged() && need.sheetId() == null;
		};
	}

	String messageCode() {
		return "knowledge.need.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
