package it.sportello.ticketing.web;

import it.sportello.ticketing.internal.PublicTracking;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** S-TT12: the public page where a citizen follows a request by its ticket number. */
@Controller
class TrackingPageController {

	private final PublicTracking tracking;

	TrackingPageController(PublicTracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/traccia")
	String form() {
		return "ticketing/tracking";
	}

	@PostMapping("/traccia")
	String track(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String proof,
			HttpServletRequest request, Model model) {
		model.addAttribute("number", number);
		PublicTracking.@Nullable Status status = tracking.track(number, proof, request.getRemoteAddr()).orElse(null);
		model.addAttribute("status", status);
		model.addAttribute("notFound", status == null);
		return "ticketing/tracking";
	}

}
