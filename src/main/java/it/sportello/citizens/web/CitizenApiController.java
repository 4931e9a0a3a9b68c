package it.sportello.citizens.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenView;
import it.sportello.citizens.Citizens;
import it.sportello.citizens.ContactDetails;
import it.sportello.identity.CurrentStaff;
import it.sportello.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Citizen records for integrations (S-Q2); every call is audited by the registry. */
@RestController
@RequestMapping("/api/v1/citizens")
@PreAuthorize(CitizenAccess.READERS)
@Tag(name = "Citizens", description = "Citizen records (anagrafica): look-up by fiscal code, phone, e-mail or name")
class CitizenApiController {

	private final Citizens citizens;

	private final CurrentStaff staff;

	CitizenApiController(Citizens citizens, CurrentStaff staff) {
		this.citizens = citizens;
		this.staff = staff;
	}

	@GetMapping
	@Operation(summary = "Search citizens",
			description = "Fiscal code (exact or prefix), phone (any format, normalised to E.164), e-mail or "
					+ "name prefix (case and accents ignored); best matches first.")
	List<CitizenView> search(@Parameter(description = "what the operator typed") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "at most this many results (1-50)") @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return citizens.search(q, limit, staff.get());
	}

	@PostMapping
	@Operation(summary = "Identify a citizen",
			description = "Finds the record by fiscal code, then phone, then e-mail and completes it; creates one only "
					+ "when none matches (a name is then required). 400 problem detail listing each invalid field.")
	CitizenView identify(@Valid @RequestBody CitizenDetails request) {
		return citizens.identify(request, staff.get());
	}

	@PutMapping("/{id}/contacts")
	@Operation(summary = "Correct a citizen's contact details",
			description = "Replaces all three of phone, e-mail and preferred channel with those given: an omitted or "
					+ "blank one is removed. First level, back office and administrators; audited as an update. "
					+ "400 problem detail listing each invalid field, 404 when the id is unknown.")
	CitizenView correctContacts(@PathVariable long id, @Valid @RequestBody ContactDetails request) {
		return citizens.correctContacts(id, request, staff.get());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One citizen record", description = "404 problem detail when the id is unknown.")
	CitizenView find(@PathVariable long id) {
		return citizens.find(id, staff.get()).orElseThrow(() -> new NotFoundException("citizen.not-found", id));
	}

}
