package it.sportello.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.KnowledgeQueries;
import it.sportello.knowledge.internal.SheetFiles;
import it.sportello.knowledge.internal.SheetQuote;
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

	KnowledgePageController(KnowledgeQueries queries, MessageSource messages, SheetFiles files,
			it.sportello.knowledge.internal.NoticePdf noticePdf, it.sportello.organization.Departments departments,
			it.sportello.knowledge.internal.SheetDiffs diffs) {
		this.diffs = diffs;
		this.departments = departments;
		this.files = files;
		this.noticePdf = noticePdf;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/knowledge")
	String portal(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String keyword,
			@RequestParam(required = false) it.sportello.knowledge.@Nullable Audience audience,
			@RequestParam(defaultValue = "0") int page, StaffMember me, Model model) {
		String query = blankToNull(q);
		String dept = blankToNull(department);
		String kw = blankToNull(keyword);
		model.addAttribute("q", query);
		model.addAttribute("department", dept);
		model.addAttribute("keyword", kw);
		model.addAttribute("audience", audience);
		model.addAttribute("departments", departments.all());
		model.addAttribute("audiences", it.sportello.knowledge.Audience.values());
		model.addAttribute("sheets", queries.sheets(query, null, dept, kw, audience, Math.max(page, 0), PAGE_SIZE, me));
		boolean home = query == null && dept == null && kw == null && audience == null && page <= 0;
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
		it.sportello.knowledge.internal.SheetDetails sheet = queries.sheet(id, me);
		model.addAttribute("sheet", sheet);
		// Opened from the search box's results: "use in answer" sends the choice back to that search.
		if (searchId != null && SEARCH_ID.matcher(searchId).matches()) {
			model.addAttribute("searchId", searchId);
		}
		if (sheet.revision() != null) {
			// The approvers read what changed since the version in use before they sign.
			model.addAttribute("diff", diffs.diff(id, me));
		}
		model.addAttribute("answersTickets", me.is(Role.FIRST_LEVEL, Role.BACK_OFFICE, Role.DEPARTMENT_SUPPORT));
		return "knowledge/sheet";
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
