package it.sportello.knowledge.internal;

import java.time.Clock;
import java.time.Instant;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.organization.Departments;
import it.sportello.organization.OfficeView;
import it.sportello.shared.ConflictException;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's (or the manager's) reassignment of a sheet whose office a directory import deleted: the sheet
 * stays flagged until it is given an office the directory has, and moves with its text, state, sign-offs, versions and
 * open revision to that office and its department. Not a lifecycle step: the state does not change, but the step is
 * recorded in the sheet's history with who and when. Anyone else is refused (403); a sheet whose office still exists
 * (409) or an office the directory does not have (400) is refused, and nothing changes.
 */
@Service
public class SheetOffices {

	/** The history's name of the reassignment. */
	static final String REASSIGN = "REASSIGN_OFFICE";

	private final KnowledgeQueries queries;

	private final SheetRepository sheets;

	private final Departments departments;

	private final ProcedureRepository procedures;

	private final SheetRecords records;

	private final Clock clock;

	SheetOffices(KnowledgeQueries queries, SheetRepository sheets, Departments departments,
			ProcedureRepository procedures, SheetRecords records, Clock clock) {
		this.queries = queries;
		this.sheets = sheets;
		this.departments = departments;
		this.procedures = procedures;
		this.records = records;
		this.clock = clock;
	}

	/** Whether the sheet's office is gone from the directory, so that the back office must reassign it. */
	@Transactional(readOnly = true)
	public boolean officeMissing(String id, StaffMember by) {
		return departments.findOffice(queries.visible(id, by).officeCode()).isEmpty();
	}

	@Transactional
	public SheetDetails reassign(String id, @Nullable String officeCode, @Nullable Long expectedVersion,
			StaffMember by) {
		if (!by.is(Role.BACK_OFFICE, Role.MANAGER)) {
			throw new ForbiddenException("knowledge.reassign.role-not-allowed");
		}
		Sheet sheet = queries.visible(id, by);
		if (expectedVersion != null && expectedVersion != sheet.version()) {
			throw new SheetChangedException(sheet.id());
		}
		if (departments.findOffice(sheet.officeCode()).isPresent()) {
			throw new ConflictException("knowledge.reassign.office-exists", sheet.id(), sheet.officeCode());
		}
		String code = officeCode == null ? "" : officeCode.strip();
		if (code.isEmpty()) {
			throw new InvalidInputException("officeCode", "knowledge.form.required");
		}
		OfficeView office = departments.findOffice(code)
			.orElseThrow(() -> new InvalidInputException("officeCode", "knowledge.import.unknown-office", code));
		// The head of the office that runs the procedure signs; without a procedure, the head of the new office.
		String procedureId = sheet.content().procedureId();
		String approving = procedureId == null ? office.code()
				: procedures.findById(procedureId).map(Procedure::officeCode).orElse(office.code());
		String previous = sheet.officeCode();
		Instant now = clock.instant();
		sheet.reassignOffice(office.departmentCode(), office.code(), approving, now);
		records.step(sheet, REASSIGN, sheet.state(), by.username(), by.displayName(), now, previous + " → " + office.code());
		sheets.flush();
		return queries.details(sheet, by);
	}

}
