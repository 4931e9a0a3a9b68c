package it.sportello.knowledge.internal;

import java.util.List;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the fields an administration publishes for an authorization procedure (S-KB2): name, description, legal
 * basis, time limit, silence-assent, required documents, fees, how to apply, substitute power and keywords. The office
 * and the responsible person stay those of the directory. Written by the URP, the department's support and office
 * heads of the procedure's department, and by those who keep the portal current (back office, manager); anyone else
 * is refused (403), a stale copy too (412), a wrong field with its message (400), and nothing changes.
 */
@Service
public class ProcedureEditing {

	private final ProcedureRepository procedures;

	private final KnowledgeQueries queries;

	private final ApplicationEventPublisher events;

	ProcedureEditing(ProcedureRepository procedures, KnowledgeQueries queries, ApplicationEventPublisher events) {
		this.procedures = procedures;
		this.queries = queries;
		this.events = events;
	}

	/** The fields written; lists one element a line in the editor. */
	public record ProcedureFields(String name, String description, String legalBasis, int termDays,
			boolean silenceAssent, List<String> requiredDocuments, String fees, String howToApply,
			String substitutePower, List<String> keywords) {
	}

	/** A procedure with the version its edits must name. */
	public record EditableProcedure(ProcedureView procedure, long version, boolean editable) {
	}

	@Transactional(readOnly = true)
	public EditableProcedure procedure(String id, StaffMember by) {
		Procedure procedure = find(id);
		return new EditableProcedure(queries.view(procedure), procedure.version(), mayEdit(procedure, by));
	}

	@Transactional
	public EditableProcedure edit(String id, ProcedureFields fields, @Nullable Long expectedVersion, StaffMember by) {
		Procedure procedure = find(id);
		if (!mayEdit(procedure, by)) {
			throw new ForbiddenException("knowledge.procedure.role-not-allowed", id);
		}
		if (expectedVersion != null && expectedVersion != procedure.version()) {
			throw new ProcedureChangedException(id);
		}
		List<InvalidInputException> wrong = problems(fields);
		if (!wrong.isEmpty()) {
			throw wrong.get(0);
		}
		ProcedureContent current = procedure.content();
		procedure.replace(new ProcedureContent(current.id(), fields.name().strip(), fields.description().strip(),
				current.departmentCode(), current.officeCode(), current.responsibleEmployeeId(),
				fields.legalBasis().strip(), fields.termDays(), fields.silenceAssent(),
				fields.requiredDocuments().stream().map(String::strip).toList(), fields.fees().strip(),
				fields.howToApply().strip(), fields.substitutePower().strip(),
				fields.keywords().stream().map(String::strip).toList()));
		procedures.flush();
		events.publishEvent(new ProcedureEdited(id));
		return new EditableProcedure(queries.view(procedure), procedure.version(), true);
	}

	private Procedure find(String id) {
		return procedures.findById(id).orElseThrow(() -> new NotFoundException("knowledge.procedure.not-found", id));
	}

	private static boolean mayEdit(Procedure procedure, StaffMember by) {
		return by.is(Role.BACK_OFFICE, Role.MANAGER) || (by.is(Role.URP, Role.DEPARTMENT_SUPPORT, Role.OFFICE_HEAD)
				&& procedure.departmentCode().equals(by.departmentCode()));
	}

	/** Every wrong field of an edit, each with its field and message, in the order of the form. */
	public static List<InvalidInputException> problems(ProcedureFields fields) {
		List<InvalidInputException> wrong = new java.util.ArrayList<>();
		checkText(wrong, "name", fields.name(), 300, true);
		checkText(wrong, "description", fields.description(), 4000, true);
		checkText(wrong, "legalBasis", fields.legalBasis(), 2000, false);
		if (fields.termDays() < 1 || fields.termDays() > 3650) {
			wrong.add(new InvalidInputException("termDays", "knowledge.procedure.bad-term"));
		}
		checkList(wrong, "requiredDocuments", fields.requiredDocuments());
		checkText(wrong, "fees", fields.fees(), 2000, false);
		checkText(wrong, "howToApply", fields.howToApply(), 4000, false);
		checkText(wrong, "substitutePower", fields.substitutePower(), 2000, false);
		checkList(wrong, "keywords", fields.keywords());
		return wrong;
	}

	private static void checkText(List<InvalidInputException> wrong, String field, @Nullable String value, int max,
			boolean required) {
		if (value == null || (required && value.isBlank())) {
			wrong.add(new InvalidInputException(field, "knowledge.form.required"));
		}
		else if (value.strip().length() > max) {
			wrong.add(new InvalidInputException(field, "knowledge.import.too-long", max));
		}
	}

	private static void checkList(List<InvalidInputException> wrong, String field, List<String> values) {
		if (values.size() > 100 || values.stream().anyMatch(value -> value.isBlank() || value.strip().length() > 500)) {
			wrong.add(new InvalidInputException(field, "knowledge.procedure.bad-list"));
		}
	}

}
