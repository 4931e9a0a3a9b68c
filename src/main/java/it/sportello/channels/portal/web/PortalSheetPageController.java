package it.sportello.channels.portal.web;

import java.util.Locale;

import it.sportello.channels.portal.PublicSheets;
import it.sportello.channels.portal.PublicSheets.Filter;
import it.sportello.knowledge.Audience;
import it.sportello.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's information sheets and FAQ (no login): the sheets in use today, browsed by department, audience or
 * keyword and searched by words; one sheet with its FAQ; the FAQ of the sheets on one page.
 */
@Controller
class PortalSheetPageController {

	static final int PAGE_SIZE = 10;

	private final PublicSheets sheets;

	private final MessageSource messages;

	PortalSheetPageController(PublicSheets sheets, MessageSource messages) {
		this.sheets = sheets;
		this.messages = messages;
	}

	@GetMapping("/portale/schede")
	String list(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable Audience audience,
			@RequestParam(required = false) @Nullable String keyword,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Filter filter = new Filter(department, audience, keyword, query);
		model.addAttribute("filter", filter);
		model.addAttribute("catalogue", sheets.browse(filter, page, PAGE_SIZE));
		model.addAttribute("audiences", Audience.values());
		return "channels/portal/sheets";
	}

	@GetMapping("/portale/schede/{id}")
	String sheet(@PathVariable String id, Model model) {
		model.addAttribute("sheet", sheets.sheet(id));
		return "channels/portal/sheet";
	}

	/** A file of a sheet in use today, as a download; the portal's 404 page for a draft's, an expired's, another's. */
	@GetMapping("/portale/schede/{id}/allegati/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable long attachmentId) {
		return PublicSheetApiController.download(sheets.attachment(id, attachmentId));
	}

	@GetMapping("/portale/faq")
	String faq(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable Audience audience, Model model) {
		Filter filter = new Filter(department, audience, null, query);
		model.addAttribute("filter", filter);
		model.addAttribute("faqs", sheets.faq(filter));
		model.addAttribute("departments", sheets.browse(Filter.none(), 0, 1).departments());
		model.addAttribute("audiences", Audience.values());
		return "channels/portal/faq";
	}

	/** A sheet citizens may not read (a draft, expired, archived, unknown): the portal's own page, 404. */
	@ExceptionHandler
	ModelAndView notFound(NotFoundException missing, Locale locale, HttpServletResponse response) {
		ModelAndView view = new ModelAndView("channels/portal/not-found");
		view.setStatus(HttpStatus.NOT_FOUND);
		view.addObject("message", messages.getMessage(missing.code(), missing.args(), missing.code(), locale));
		return view;
	}

}
