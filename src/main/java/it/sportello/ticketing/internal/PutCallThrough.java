package it.sportello.ticketing.internal;

import it.sportello.identity.StaffMember;
import it.sportello.organization.DirectorySearch;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * S-TT7: the caller asked for a person or an office, the operator found them in the directory and put the
 * call through. One step records where the call went ("Giuseppe Rossi (interno 2607, Ufficio Tributi …)")
 * and closes the ticket, through the workflow's forward action. The destination comes from the directory
 * when the operator picked a result, so it is written the same way every time; free text stays possible
 * for a destination outside the directory.
 */
@Service
public class PutCallThrough {

	private final TicketManagement management;

	private final DirectorySearch directory;

	PutCallThrough(TicketManagement management, DirectorySearch directory) {
		this.management = management;
		this.directory = directory;
	}

	/** Where the call goes: exactly one of a free-text destination, a person's id, an office's code. */
	public record Destination(@Nullable String text, @Nullable String employeeId, @Nullable String officeCode) {
	}

	public TicketDetails putThrough(String number, @Nullable Long expectedVersion, Destination to, @Nullable String note,
			StaffMember by) {
		return management.forward(number, expectedVersion, describe(to), note, by);
	}

	/** The destination as the ticket records it. */
	public String describe(Destination to) {
		int given = (blank(to.text()) ? 0 : 1) + (blank(to.employeeId()) ? 0 : 1) + (blank(to.officeCode()) ? 0 : 1);
		if (given != 1) {
			throw new InvalidInputException("destination", "ticket.forward-destination-one");
		}
		if (!blank(to.employeeId())) {
			return directory.employee(to.employeeId().strip())
				.map(DirectorySearch.Result::destination)
				.orElseThrow(() -> new InvalidInputException("employeeId", "ticket.forward-employee-unknown",
						to.employeeId()));
		}
		if (!blank(to.officeCode())) {
			return directory.office(to.officeCode().strip())
				.map(DirectorySearch.Result::destination)
				.orElseThrow(() -> new InvalidInputException("officeCode", "ticket.forward-office-unknown",
						to.officeCode()));
		}
		return to.text().strip();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
