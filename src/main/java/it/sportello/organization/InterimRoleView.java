package it.sportello.organization;

/** An office a person serves ad interim besides their own, with the position held there. */
public record InterimRoleView(String officeCode, String officeName, String position) {
}
