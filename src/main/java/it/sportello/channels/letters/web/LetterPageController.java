package it.sportello.channels.letters.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import it.sportello.channels.letters.PaperIntakes;
import it.sportello.channels.portal.PortalRequests;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The operator's page that registers a letter, a fax or a counter visit, then shows the ticket it opened. */
@Controller
@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE')")
class LetterPageController {

	private final PaperIntakes intakes;

	private final PortalRequests categories;

	private final MessageSource messages;

	private final Clock clock;

	LetterPageController(PaperIntakes intakes, PortalRequests categories, MessageSource messages, Clock clock) {
		this.intakes = intakes;
		this.categories = categories;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/lettere")
	String form(Model model, Locale locale) {
		return page(model, locale, LetterForm.empty(LocalDate.now(clock.withZone(ZoneId.of("Europe/Rome")))));
	}

	@PostMapping("/lettere")
	String register(@ModelAttribute LetterForm form,
			@RequestParam(name = "scans", required = false) @Nullable List<MultipartFile> scans, StaffMember me,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			PaperIntakes.Registered registered = intakes.register(form.toRequest(scans), me);
			return "redirect:/tickets/" + registered.number();
		}
		catch (DomainException refused) {
			response.setStatus(refused.status().value());
			model.addAttribute("errorField", refused instanceof InvalidInputException invalid ? invalid.field() : "scans");
			model.addAttribute("errorMessage", messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
			return page(model, locale, form);
		}
	}

	private String page(Model model, Locale locale, LetterForm form) {
		model.addAttribute("form", form);
		model.addAttribute("channels", List.of(Channel.LETTER, Channel.FAX, Channel.COUNTER));
		model.addAttribute("categories", categories.categories(locale));
		return "channels/letters/form";
	}

}
