package it.sportello.ticketing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.shared.NotFoundException;
import it.sportello.ticketing.internal.PublicTracking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** S-TT12, for machines: a citizen-facing portal asks where a request stands. No login needed. */
@RestController
@Tag(name = "Public tracking", description = "A citizen follows a request by its ticket number")
class TrackingApiController {

	private final PublicTracking tracking;

	TrackingApiController(PublicTracking tracking) {
		this.tracking = tracking;
	}

	record TrackingRequest(@NotBlank @Size(max = 20) String number, @NotBlank @Size(max = 200) String proof) {
	}

	@PostMapping("/api/v1/public/tracking")
	@Operation(summary = "State of a request, given its number and the citizen's fiscal code, phone or e-mail")
	PublicTracking.Status track(@Valid @RequestBody TrackingRequest request, HttpServletRequest http) {
		return tracking.track(request.number(), request.proof(), http.getRemoteAddr())
			.orElseThrow(() -> new NotFoundException("tracking.not-found"));
	}

}
