package it.sportello.identity;

import java.util.Map;

/**
 * The departments a department-scoped user may be bound to. Identity cannot depend on the
 * organization module (organization depends on identity), so organization implements this interface
 * as a bean; without one, identity accepts any well-formed department code.
 */
public interface KnownDepartments {

	/** Department names by code, in display order, e.g. {@code AGRI -> Dipartimento Politiche Agricole e Forestali}. */
	Map<String, String> namesByCode();

	default boolean exists(String code) {
		return namesByCode().containsKey(code);
	}

}
