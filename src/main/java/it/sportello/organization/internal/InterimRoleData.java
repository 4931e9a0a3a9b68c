package it.sportello.organization.internal;

import java.util.List;

/** One office served ad interim, as a form or request carries it. */
public record InterimRoleData(String officeCode, String position) {

	static List<InterimRoleData> of(List<InterimRole> roles) {
		return roles.stream().map(role -> new InterimRoleData(role.getOffice().getCode(), role.getPosition())).toList();
	}

}
