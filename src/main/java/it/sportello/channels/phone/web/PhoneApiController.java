package it.sportello.channels.phone.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.channels.phone.CallLog;
import it.sportello.channels.phone.Greetings;
import it.sportello.identity.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The call log and the greeting settings for machines (the switch's IVR reads the welcome message here). */
@RestController
@Tag(name = "Telephone events", description = "Call events from the phone switch (Zammad-compatible generic CTI), the call log and the greeting")
class PhoneApiController {

	private final CallLog log;

	private final Greetings greetings;

	PhoneApiController(CallLog log, Greetings greetings) {
		this.log = log;
		this.greetings = greetings;
	}

	@GetMapping("/api/v1/calls")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE', 'MANAGER', 'ADMIN')")
	@Operation(summary = "The call log: an operator's own calls, every call for the manager (newest 200)")
	List<CallLog.Call> calls(StaffMember me) {
		return log.calls(me);
	}

	@GetMapping("/api/v1/greeting")
	@Operation(summary = "The welcome message (for the IVR) and the operator's greeting script (S-CH2)")
	Greetings.Greeting greeting() {
		return greetings.current();
	}

	record GreetingChange(@Nullable String welcomeMessage, @Nullable String greetingScript) {
	}

	@PutMapping("/api/v1/greeting")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	@Operation(summary = "Change the welcome message and the greeting script (manager)")
	Greetings.Greeting change(@RequestBody GreetingChange change, StaffMember me) {
		return greetings.change(change.welcomeMessage(), change.greetingScript(), me);
	}

}
