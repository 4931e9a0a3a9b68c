package it.sportello.channels.letters.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.channels.letters.PaperIntakes;
import it.sportello.identity.StaffMember;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Letters, faxes and counter visits registered by an operator, for machines (a protocol system's bridge). */
@RestController
@Tag(name = "Letters, faxes and counter", description = "Requests that arrived on paper or at the counter")
class LetterApiController {

	private final PaperIntakes intakes;

	LetterApiController(PaperIntakes intakes) {
		this.intakes = intakes;
	}

	@PostMapping(path = "/api/v1/letters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE')")
	@Operation(summary = "Register a letter, fax or counter visit with its scans ('scans' parts); 201 new, 200 when the protocol number was registered already")
	ResponseEntity<PaperIntakes.Registered> registerMultipart(@ModelAttribute LetterForm form,
			@RequestPart(name = "scans", required = false) @Nullable List<MultipartFile> scans, StaffMember me) {
		return answer(intakes.register(form.toRequest(scans), me));
	}

	@PostMapping(path = "/api/v1/letters", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE')")
	@Operation(summary = "Register a letter, fax or counter visit without scans")
	ResponseEntity<PaperIntakes.Registered> registerJson(@RequestBody LetterForm form, StaffMember me) {
		return answer(intakes.register(form.toRequest(null), me));
	}

	@GetMapping("/api/v1/letters/{number}")
	@PreAuthorize("hasAnyRole('FIRST_LEVEL', 'BACK_OFFICE', 'MANAGER', 'ADMIN')")
	@Operation(summary = "How a ticket opened from paper was received: channel, date of receipt, protocol number")
	PaperIntakes.Registration registration(@PathVariable String number) {
		return intakes.find(number).orElseThrow(() -> new NotFoundException("letters.not-found", number));
	}

	private static ResponseEntity<PaperIntakes.Registered> answer(PaperIntakes.Registered registered) {
		return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK).body(registered);
	}

}
