package it.sportello.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.KnowledgeQueries;
import it.sportello.knowledge.internal.Markdown;
import it.sportello.knowledge.internal.SheetAction;
import it.sportello.knowledge.internal.SheetChangedException;
import it.sportello.knowledge.internal.SheetDetails;
import it.sportello.knowledge.internal.SheetDiffs;
import it.sportello.knowledge.internal.SheetDraft;
import it.sportello.knowledge.internal.SheetEditing;
import it.sportello.knowledge.internal.SheetLifecycle;
import it.sportello.knowledge.internal.SheetLink;
import it.sportello.shared.ConflictException;
import it.sportello.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor of a draft, or of the open revision of a published sheet, for its authors (the URP and the department's
 * support of the owning department, and office heads): the fields of the text, a live preview of the Markdown rendered
 * by the server with the pipeline of the sheet page, every wrong field at once, and a save refused with 412 when
 * someone else saved in between, keeping the text typed. Also the page of the diff against the published version.
 */
@Controller
class SheetEditorPageController {

	private final KnowledgeQueries queries;

	private final SheetEditing editing;

	private final SheetLifecycle lifecycle;

	private final SheetDiffs diffs;

	private final Markdown markdown;

	private final MessageSource messages;

	SheetEditorPageController(KnowledgeQueries queries, SheetEditing editing, SheetLifecycle lifecycle,
			SheetDiffs diffs, Markdown markdown, MessageSource messages) {
		this.queries = queries;
		this.editing = editing;
		this.lifecycle = lifecycle;
		this.diffs = diffs;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/knowledge/sheets/{id}/editor")
	String editor(@PathVariable String id, StaffMember me, Model model) {
		SheetDetails sheet = queries.sheet(id, me);
		SheetDraft current = editable(sheet);
		return page(sheet, SheetEditorForm.of(current, sheet.version()), model);
	}

	@PostMapping("/knowledge/sheets/{id}/editor")
	String save(@PathVariable String id, @Valid @ModelAttribute("form") SheetEditorForm form, BindingResult errors,
			StaffMember me, Model model, HttpServletResponse response) {
		SheetDetails sheet = queries.sheet(id, me);
		SheetDraft current = editable(sheet);
		if (form.getValidFrom() != null && form.getValidUntil() != null
				&& form.getValidUntil().isBefore(form.getValidFrom())) {
			errors.rejectValue("validUntil", "knowledge.import.until-before-from",
					message("knowledge.import.until-before-from"));
		}
		List<SheetLink> links = new ArrayList<>();
		for (SheetLink link : form.linkList()) {
			if (link == null) {
				errors.rejectValue("links", "knowledge.editor.bad-link", message("knowledge.editor.bad-link"));
			}
			else {
				links.add(link);
			}
		}
		List<SheetEditorForm.FaqRow> rows = form.getFaq();
		for (int index = 0; index < rows.size(); index++) {
			SheetEditorForm.FaqRow row = rows.get(index);
			if (row.isRemove() || row.isEmpty()) {
				continue;
			}
			int number = index + 1;
			checkFaqText(errors, "faq[" + index + "].question", row.getQuestion(), 1000, number,
					"knowledge.editor.faq-question-required", "knowledge.editor.faq-question-too-long");
			checkFaqText(errors, "faq[" + index + "].answer", row.getAnswer(), 4000, number,
					"knowledge.editor.faq-answer-required", "knowledge.editor.faq-answer-too-long");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(sheet, form, model);
		}
		try {
			if (sheet.revision() != null) {
				editing.editRevision(id, form.toDraft(current, links), form.getVersion(), me);
			}
			else {
				editing.edit(id, form.toDraft(current, links), form.getVersion(), me);
			}
		}
		catch (SheetChangedException changed) {
			// Someone saved in between: the text typed stays in the form, and the next save replaces theirs knowingly.
			response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
			model.addAttribute("conflict", true);
			form.setVersion(sheet.version());
			return page(sheet, form, model);
		}
		catch (InvalidInputException invalid) {
			String field = invalid.field().startsWith("links") ? "links" : invalid.field();
			if (field.startsWith("faq[")) {
				// A FAQ id the sheet does not have: the row's question is where the author looks.
				field = field.replace(".id", ".question");
			}
			String text = messages.getMessage(invalid.code(), invalid.args(), LocaleContextHolder.getLocale());
			if (List.of("title", "summary", "body", "keywords", "validFrom", "validUntil", "links").contains(field)
					|| field.matches("faq\\[\\d+]\\.question") && isRow(form, field)) {
				errors.rejectValue(field, invalid.code(), invalid.args(), text);
			}
			else {
				errors.reject(invalid.code(), invalid.args(), text);
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(sheet, form, model);
		}
		return "redirect:/knowledge/sheets/" + id + "?saved";
	}

	/** The live preview: the Markdown typed, rendered and sanitised as the sheet page will show it. */
	@PostMapping("/knowledge/sheets/{id}/editor/preview")
	String preview(@PathVariable String id, @RequestParam(defaultValue = "") String body, StaffMember me,
			Model model) {
		queries.sheet(id, me);
		model.addAttribute("previewHtml", markdown.toHtml(body));
		return "knowledge/editor :: preview";
	}

	/** Opens the revision of a published or expired sheet, then its editor. */
	@PostMapping("/knowledge/sheets/{id}/revision")
	String revise(@PathVariable String id, @RequestParam(required = false) @Nullable Long version, StaffMember me) {
		lifecycle.perform(id, SheetAction.REVISE, null, version, me);
		return "redirect:/knowledge/sheets/" + id + "/editor";
	}

	@GetMapping("/knowledge/sheets/{id}/diff")
	String diff(@PathVariable String id, StaffMember me, Model model) {
		model.addAttribute("sheet", queries.sheet(id, me));
		model.addAttribute("diff", diffs.diff(id, me));
		return "knowledge/diff";
	}

	private static boolean isRow(SheetEditorForm form, String field) {
		int index = Integer.parseInt(field.substring(4, field.indexOf(']')));
		return index < form.getFaq().size();
	}

	/** A FAQ's question or answer, required and limited, with the row's number in the message. */
	private void checkFaqText(BindingResult errors, String field, String value, int max, int number,
			String requiredCode, String tooLongCode) {
		if (value.isBlank()) {
			errors.rejectValue(field, requiredCode, new Object[] { number }, messages.getMessage(requiredCode,
					new Object[] { number }, LocaleContextHolder.getLocale()));
		}
		else if (value.strip().length() > max) {
			errors.rejectValue(field, tooLongCode, new Object[] { number, max }, messages.getMessage(tooLongCode,
					new Object[] { number, max }, LocaleContextHolder.getLocale()));
		}
	}

	private String page(SheetDetails sheet, SheetEditorForm form, Model model) {
		form.keepEmptyFaqRow();
		model.addAttribute("sheet", sheet);
		model.addAttribute("form", form);
		model.addAttribute("revision", sheet.revision() != null);
		model.addAttribute("audiences", it.sportello.knowledge.Audience.values());
		model.addAttribute("previewHtml", markdown.toHtml(form.getBody()));
		return "knowledge/editor";
	}

	/** The text the reader may write now: the draft, or the open revision; anything else is not editable (409). */
	private static SheetDraft editable(SheetDetails sheet) {
		if (sheet.actions().contains(SheetAction.EDIT_REVISION) && sheet.revision() != null) {
			return sheet.revision().draft();
		}
		if (sheet.actions().contains(SheetAction.EDIT)) {
			return new SheetDraft(sheet.title(), sheet.summary(), sheet.body(), sheet.officeCode(),
					sheet.procedure() == null ? null : sheet.procedure().id(), sheet.keywords(), sheet.audience(),
					sheet.validFrom(), sheet.validUntil(), sheet.links(),
					sheet.faq().stream().map(faq -> new SheetDraft.DraftFaq(faq.id(), faq.question(), faq.answer())).toList());
		}
		throw new ConflictException("knowledge.editor.not-editable", sheet.id());
	}

	private String message(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(code, null, locale);
	}

}
