package it.sportello.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.KnowledgeQueries;
import it.sportello.knowledge.internal.SheetAction;
import it.sportello.knowledge.internal.SheetEditing;
import it.sportello.knowledge.internal.SheetFiles;
import it.sportello.knowledge.internal.SheetLifecycle;
import it.sportello.knowledge.internal.SheetQuote;
import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.TicketNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's pages: the list with its search box, the sheet page operators answer from, and "use in answer", which
 * takes the quote of the version in use to the ticket's closing form.
 */
@Controller
class KnowledgePageController {

	private static final int PAGE_SIZE = 20;

	/** A search's id as the search box gives it (a UUID), the only text taken from the {@code searchId} parameter. */
	private static final java.util.regex.Pattern SEARCH_ID = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

	private final KnowledgeQueries queries;

	private final MessageSource messages;

	private final SheetFiles files;

	private final it.sportello.knowledge.internal.NoticePdf noticePdf;

	private final it.sportello.organization.Departments departments;

	private final it.sportello.knowledge.internal.SheetDiffs diffs;

	private final SheetLifecycle lifecycle;

	private final SheetEditing editing;

	private final it.sportello.knowledge.internal.SheetOffices offices;

	private final it.sportello.knowledge.internal.KnowledgeFacets facets;

	private final it.sportello.knowledge.internal.Markdown markdown;

	private final it.sportello.knowledge.internal.ProcedureEditing procedureEditing;

	KnowledgePageController(KnowledgeQueries queries, MessageSource messages, SheetFiles files,
			it.sportello.knowledge.internal.NoticePdf noticePdf, it.sportello.organization.Departments departments,
			it.sportello.knowledge.internal.SheetDiffs diffs, SheetLifecycle lifecycle, SheetEditing editing,
			it.sportello.knowledge.internal.SheetOffices offices, it.sportello.knowledge.internal.KnowledgeFacets facets,
			it.sportello.knowledge.internal.Markdown markdown,
			it.sportello.knowledge.internal.ProcedureEditing procedureEditing) {
		this.procedureEditing = procedureEditing;
		this.markdown = markdown;
		this.facets = facets;
		this.offices = offices;
		this.lifecycle = lifecycle;
		this.editing = editing;
		this.diffs = diffs;
		this.departments = departments;
		this.files = files;
		this.noticePdf = noticePdf;
		this.queries = queries;
		this.messages = messages;
	}

	/** The result lists the portal shows: sheets (filtered and faceted), FAQ or procedures found by the words. */
	enum ResultType {
		SHEET, FAQ, PROCEDURE
	}

	@GetMapping("/knowledge")
	String portal(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String keyword,
			@RequestParam(required = false) it.sportello.knowledge.@Nullable Audience audience,
			@RequestParam(required = false) @Nullable ResultType type,
			@RequestParam(defaultValue = "0") int page, StaffMember me, Model model) {
		String query = blankToNull(q);
		String dept = blankToNull(department);
		String kw = blankToNull(keyword);
		ResultType shown = type == null ? ResultType.SHEET : type;
		int pageNumber = Math.max(page, 0);
		model.addAttribute("q", query);
		model.addAttribute("department", dept);
		model.addAttribute("keyword", kw);
		model.addAttribute("audience", audience);
		model.addAttribute("type", shown);
		model.addAttribute("departments", departments.all());
		model.addAttribute("departmentNames", departments.all()
			.stream()
			.collect(java.util.stream.Collectors.toMap(d -> d.code(), d -> d.name(), (a, b) -> a)));
		model.addAttribute("audiences", it.sportello.knowledge.Audience.values());
		model.addAttribute("facets", facets.facets(query, dept, kw, audience, me));
		switch (shown) {
			case SHEET -> model.addAttribute("sheets",
					queries.sheets(query, null, dept, kw, audience, pageNumber, PAGE_SIZE, me));
			case FAQ -> model.addAttribute("faqs", queries.faqs(query, null, pageNumber, PAGE_SIZE, me));
			case PROCEDURE -> model.addAttribute("procedures", queries.procedures(query, pageNumber, PAGE_SIZE));
		}
		boolean home = query == null && dept == null && kw == null && audience == null && shown == ResultType.SHEET
				&& pageNumber == 0;
		model.addAttribute("home", home);
		if (home) {
			model.addAttribute("latest", queries.latest(5, me));
			model.addAttribute("expiring", queries.expiring(30, 5, me));
		}
		return "knowledge/portal";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@GetMapping("/knowledge/sheets/{id}")
	String sheet(@PathVariable String id, @RequestParam(required = false) @Nullable String searchId, StaffMember me,
			Model model) {
		// Opened from the search box's results: "use in answer" sends the choice back to that search.
		if (searchId != null && SEARCH_ID.matcher(searchId).matches()) {
			model.addAttribute("searchId", searchId);
		}
		return sheetPage(id, me, model);
	}

	/**
	 * A lifecycle step taken from the sheet page's buttons (sign-off, send back, notice, acknowledgement, publication,
	 * expiry, archival, and the same on an open revision). A refusal (wrong role, someone else's sheet, wrong state, a
	 * page loaded before someone else's step) shows the sheet again with the reason and the refusal's status, and
	 * changes nothing.
	 */
	@PostMapping("/knowledge/sheets/{id}/steps")
	ModelAndView step(@PathVariable String id, @RequestParam(required = false) @Nullable SheetAction action,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String comment, StaffMember me, Model model,
			RedirectAttributes redirect) {
		try {
			if (action == null || !PAGE_STEPS.contains(action)) {
				throw new InvalidInputException("action", "knowledge.step.unknown");
			}
			if (comment != null && comment.length() > 4000) {
				throw new InvalidInputException("comment", "knowledge.import.too-long", 4000);
			}
			if (action == SheetAction.PUBLISH_REVISION) {
				editing.publishRevision(id, comment, version, me);
			}
			else {
				lifecycle.perform(id, action, comment, version, me);
			}
		}
		catch (DomainException refused) {
			ModelAndView page = new ModelAndView(sheetPage(id, me, model));
			page.addObject("stepError",
					messages.getMessage(refused.code(), refused.args(), refused.code(), LocaleContextHolder.getLocale()));
			page.addObject("typedComment", comment);
			page.setStatus(refused.status());
			return page;
		}
		redirect.addFlashAttribute("stepDone", action.name());
		return new ModelAndView("redirect:/knowledge/sheets/" + id + "#steps");
	}

	/**
	 * The back office gives a sheet whose office no longer exists an office of the directory; a refusal shows the
	 * sheet again with the reason.
	 */
	@PostMapping("/knowledge/sheets/{id}/office")
	ModelAndView reassign(@PathVariable String id, @RequestParam(required = false) @Nullable String officeCode,
			@RequestParam(required = false) @Nullable Long version, StaffMember me, Model model,
			RedirectAttributes redirect) {
		try {
			offices.reassign(id, officeCode, version, me);
		}
		catch (DomainException refused) {
			ModelAndView page = new ModelAndView(sheetPage(id, me, model));
			page.addObject("stepError",
					messages.getMessage(refused.code(), refused.args(), refused.code(), LocaleContextHolder.getLocale()));
			page.setStatus(refused.status());
			return page;
		}
		redirect.addFlashAttribute("stepDone", "REASSIGN_OFFICE");
		return new ModelAndView("redirect:/knowledge/sheets/" + id + "#steps");
	}

	/** The steps the sheet page offers as buttons; editing and opening a revision have their own forms. */
	static final java.util.Set<SheetAction> PAGE_STEPS = java.util.EnumSet.complementOf(
			java.util.EnumSet.of(SheetAction.EDIT, SheetAction.EDIT_REVISION, SheetAction.REVISE));

	private String sheetPage(String id, StaffMember me, Model model) {
		it.sportello.knowledge.internal.SheetDetails sheet = queries.sheet(id, me);
		model.addAttribute("sheet", sheet);
		if (sheet.revision() != null) {
			// The approvers read what changed since the version in use before they sign.
			model.addAttribute("diff", diffs.diff(id, me));
		}
		model.addAttribute("answersTickets", me.is(Role.FIRST_LEVEL, Role.BACK_OFFICE, Role.DEPARTMENT_SUPPORT));
		model.addAttribute("steps", sheet.actions().stream().filter(PAGE_STEPS::contains).toList());
		model.addAttribute("organisesTraining", me.is(Role.MANAGER, Role.BACK_OFFICE));
		// Operators read the version in use; the approval is the business of the others.
		model.addAttribute("answersOnly", me.is(Role.FIRST_LEVEL));
		model.addAttribute("editsProcedure", sheet.procedure() != null
				&& procedureEditing.procedure(sheet.procedure().id(), me).editable());
		if (sheet.officeName() == null && me.is(Role.MANAGER, Role.BACK_OFFICE)) {
			// The sheet's office is gone from the directory: the back office picks the office it moves to.
			model.addAttribute("reassignOffices", departments.all()
				.stream()
				.flatMap(department -> departments.offices(department.code()).stream())
				.toList());
		}
		return "knowledge/sheet";
	}

	/**
	 * A published version as it was published: the text a ticket's answer quoted stays readable after newer versions
	 * replace it.
	 */
	@GetMapping("/knowledge/sheets/{id}/versions/{number}")
	String version(@PathVariable String id, @PathVariable int number, StaffMember me, Model model) {
		it.sportello.knowledge.internal.VersionView version = queries.version(id, number, me);
		it.sportello.knowledge.internal.SheetDetails sheet = queries.sheet(id, me);
		model.addAttribute("sheet", sheet);
		model.addAttribute("v", version);
		model.addAttribute("bodyHtml", markdown.toHtml(version.body()));
		model.addAttribute("faqHtml", version.faq().stream().map(item -> markdown.toHtml(item.answer())).toList());
		return "knowledge/version";
	}

	@GetMapping("/knowledge/sheets/{id}/notice.pdf")
	org.springframework.http.ResponseEntity<byte[]> notice(@PathVariable String id, StaffMember me) {
		return KnowledgeDocumentsApiController.file("comunicazione-" + id + ".pdf",
				org.springframework.http.MediaType.APPLICATION_PDF, noticePdf.render(id, me));
	}

	@GetMapping("/knowledge/sheets/{id}/files/{fileId}")
	org.springframework.http.ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable long fileId,
			StaffMember me) {
		return SheetFileApiController.download(files.open(id, fileId, me));
	}

	@PostMapping("/knowledge/sheets/{id}/files")
	String upload(@PathVariable String id,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String kind,
			StaffMember me) throws java.io.IOException {
		SheetFileApiController.upload(files, id, file, title, kind, null, me);
		return "redirect:/knowledge/sheets/" + id + "#files";
	}

	/**
	 * "Use in answer": the ticket's page opens with its answer prefilled from the sheet's version in use, and the
	 * closure records which version of which sheet it quoted. The ticket's own page decides whether it may be closed.
	 */
	@PostMapping("/knowledge/sheets/{id}/use-in-answer")
	String useInAnswer(@PathVariable String id, @RequestParam(required = false) @Nullable String ticket,
			StaffMember me, RedirectAttributes redirect) {
		String number = ticket == null ? "" : ticket.strip();
		if (!TicketNumber.isWellFormed(number)) {
			throw new InvalidInputException("ticket", "knowledge.quote.bad-ticket", number);
		}
		SheetQuote quote = queries.quote(id, me, LocaleContextHolder.getLocale(), messages);
		// The ticket page's closing form shows these as the text typed and the items quoted.
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("resolution", quote.text());
		redirect.addFlashAttribute("failed", "closure");
		redirect.addFlashAttribute("typed", typed);
		redirect.addFlashAttribute("fieldErrors", new LinkedHashMap<String, String>());
		// Flash attributes live in the session until the next page: plain, serializable maps and strings.
		Map<String, String> item = new LinkedHashMap<>();
		item.put("itemType", quote.itemType());
		item.put("itemId", quote.itemId());
		item.put("version", String.valueOf(quote.version()));
		redirect.addFlashAttribute("quotedItems", new java.util.ArrayList<>(List.of(item)));
		return "redirect:/tickets/" + number;
	}

}
