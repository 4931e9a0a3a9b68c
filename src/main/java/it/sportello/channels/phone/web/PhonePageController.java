package it.sportello.channels.phone.web;

import java.util.List;
import java.util.Locale;

import it.sportello.channels.phone.CallLog;
import it.sportello.channels.phone.Greetings;
import it.sportello.channels.phone.ScreenPops;
import it.sportello.citizens.CitizenView;
import it.sportello.citizens.Citizens;
import it.sportello.citizens.PhoneNumber;
import it.sportello.identity.StaffMember;
import it.sportello.shared.DomainException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's side of the telephone: the stream of screen-pops, the caller's card, the call log and the greeting
 * settings (S-CH2).
 */
@Controller
class PhonePageController {

	private final ScreenPops pops;

	private final CallLog log;

	private final Citizens citizens;

	private final Greetings greetings;

	private final MessageSource messages;

	PhonePageController(ScreenPops pops, CallLog log, Citizens citizens, Greetings greetings, MessageSource messages) {
		this.pops = pops;
		this.log = log;
		this.citizens = citizens;
		this.greetings = greetings;
		this.messages = messages;
	}

	/** The operator's stream of calls ringing for them (server-sent events: {@code call} with the call's id). */
	@GetMapping(path = "/telefono/eventi", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE')")
	SseEmitter events(StaffMember me) {
		return pops.open(me.username());
	}

	/**
	 * The caller's card, for the operator the call rang for: the citizen whose phone is the caller's (read through
	 * {@link Citizens}, so audited), and a button that fills the console's form with them.
	 */
	@GetMapping("/telefono/chiamate/{callId}/scheda")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE')")
	String card(@PathVariable String callId, StaffMember me, Model model) {
		CallLog.Call call = log.find(callId, me).orElseThrow(() -> new NotFoundException("phone.call.not-found", callId));
		@Nullable PhoneNumber number = PhoneNumber.tryParse(call.caller()).orElse(null);
		List<CitizenView> matches = number == null ? List.of()
				: citizens.search(number.e164(), 5, me).stream().filter(c -> number.e164().equals(c.phone())).toList();
		model.addAttribute("call", call);
		model.addAttribute("callerDisplay", number == null ? call.caller() : number.display());
		model.addAttribute("callerE164", number == null ? "" : number.e164());
		model.addAttribute("citizens", matches);
		return "channels/phone/card :: card";
	}

	@GetMapping("/telefono/chiamate")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE', 'MANAGER', 'ADMIN')")
	String calls(StaffMember me, Model model) {
		model.addAttribute("calls", log.calls(me));
		return "channels/phone/calls";
	}

	@PostMapping("/telefono/chiamate/{callId}/richiamata")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE', 'MANAGER', 'ADMIN')")
	String done(@PathVariable String callId, StaffMember me, RedirectAttributes redirect) {
		log.markDone(callId, me);
		redirect.addFlashAttribute("message", "phone.call.marked-done");
		return "redirect:/telefono/chiamate";
	}

	@GetMapping("/telefono/saluto")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	String greeting(Model model) {
		Greetings.Greeting current = greetings.current();
		model.addAttribute("welcomeMessage", current.welcomeMessage());
		model.addAttribute("greetingScript", current.greetingScript());
		return "channels/phone/greeting";
	}

	@PostMapping("/telefono/saluto")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	String changeGreeting(@RequestParam(defaultValue = "") String welcomeMessage,
			@RequestParam(defaultValue = "") String greetingScript, StaffMember me, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			greetings.change(welcomeMessage, greetingScript, me);
			redirect.addFlashAttribute("message", "greeting.saved");
			return "redirect:/telefono/saluto";
		}
		catch (DomainException refused) {
			model.addAttribute("welcomeMessage", welcomeMessage);
			model.addAttribute("greetingScript", greetingScript);
			model.addAttribute("errorMessage", messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
			return "channels/phone/greeting";
		}
	}

}
