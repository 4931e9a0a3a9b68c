package it.sportello.knowledge.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.ProcedureChangedException;
import it.sportello.knowledge.internal.ProcedureEditing;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor of a procedure's published fields, for those who may change it: every wrong field listed at once with the
 * text typed kept, and a save refused with 412 when someone else saved in between, keeping the text typed.
 */
@Controller
class ProcedureEditorPageController {

	private final ProcedureEditing editing;

	private final MessageSource messages;

	ProcedureEditorPageController(ProcedureEditing editing, MessageSource messages) {
		this.editing = editing;
		this.messages = messages;
	}

	/** The form as typed: lists one element a line, the time limit as text until it is read. */
	record ProcedureForm(String name, String description, String legalBasis, String termDays, boolean silenceAssent,
			String requiredDocuments, String fees, String howToApply, String substitutePower, String keywords,
			long version) {

		@Nullable Integer term() {
			try {
				return Integer.valueOf(termDays.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		ProcedureEditing.ProcedureFields fields() {
			Integer term = term();
			return new ProcedureEditing.ProcedureFields(name, description, legalBasis, term == null ? 0 : term,
					silenceAssent, lines(requiredDocuments), fees, howToApply, substitutePower, lines(keywords));
		}

		private static List<String> lines(String text) {
			return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

	}

	@GetMapping("/knowledge/procedures/{id}/editor")
	String editor(@PathVariable String id, StaffMember me, Model model) {
		ProcedureEditing.EditableProcedure current = editable(id, me);
		var p = current.procedure();
		return page(id, new ProcedureForm(p.name(), p.description(), p.legalBasis(), String.valueOf(p.termDays()),
				p.silenceAssent(), String.join("\n", p.requiredDocuments()), p.fees(), p.howToApply(),
				p.substitutePower(), String.join("\n", p.keywords()), current.version()), Map.of(), false, model);
	}

	@PostMapping("/knowledge/procedures/{id}/editor")
	String save(@PathVariable String id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String legalBasis,
			@RequestParam(defaultValue = "") String termDays, @RequestParam(defaultValue = "false") boolean silenceAssent,
			@RequestParam(defaultValue = "") String requiredDocuments, @RequestParam(defaultValue = "") String fees,
			@RequestParam(defaultValue = "") String howToApply, @RequestParam(defaultValue = "") String substitutePower,
			@RequestParam(defaultValue = "") String keywords, @RequestParam(defaultValue = "0") long version,
			StaffMember me, Model model, HttpServletResponse response) {
		ProcedureForm form = new ProcedureForm(name, description, legalBasis, termDays, silenceAssent,
				requiredDocuments, fees, howToApply, substitutePower, keywords, version);
		editable(id, me);
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInputException wrong : ProcedureEditing.problems(form.fields())) {
			errors.putIfAbsent(wrong.field(), message(wrong.code(), wrong.args()));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, form, errors, false, model);
		}
		try {
			editing.edit(id, form.fields(), version, me);
		}
		catch (ProcedureChangedException changed) {
			// Someone saved in between: the text typed stays, and the next save replaces theirs knowingly.
			response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
			ProcedureForm again = new ProcedureForm(name, description, legalBasis, termDays, silenceAssent,
					requiredDocuments, fees, howToApply, substitutePower, keywords, editing.procedure(id, me).version());
			return page(id, again, Map.of(), true, model);
		}
		return "redirect:/knowledge/procedures/" + id + "/editor?saved";
	}

	private ProcedureEditing.EditableProcedure editable(String id, StaffMember me) {
		ProcedureEditing.EditableProcedure current = editing.procedure(id, me);
		if (!current.editable()) {
			throw new ForbiddenException("knowledge.procedure.role-not-allowed", id);
		}
		return current;
	}

	private String page(String id, ProcedureForm form, Map<String, String> errors, boolean conflict, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "knowledge/procedure-editor";
	}

	private String message(String code, Object[] args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
