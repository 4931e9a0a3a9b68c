package it.sportello.ticketing.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.CurrentStaff;
import it.sportello.identity.StaffMember;
import it.sportello.shared.InvalidInputException;
import it.sportello.ticketing.Level;
import it.sportello.ticketing.TicketState;
import it.sportello.ticketing.internal.IdempotentOpening;
import it.sportello.ticketing.internal.PutCallThrough;
import it.sportello.ticketing.internal.TicketDetails;
import it.sportello.ticketing.internal.TicketManagement;
import it.sportello.ticketing.internal.TicketPage;
import it.sportello.ticketing.internal.TicketQueries;
import it.sportello.ticketing.internal.TicketSearch;
import it.sportello.ticketing.web.TicketRequests.Assignment;
import it.sportello.ticketing.web.TicketRequests.ClarificationAnswer;
import it.sportello.ticketing.web.TicketRequests.ClarificationQuestion;
import it.sportello.ticketing.web.TicketRequests.Closure;
import it.sportello.ticketing.web.TicketRequests.ContactRecord;
import it.sportello.ticketing.web.TicketRequests.CreateTicket;
import it.sportello.ticketing.web.TicketRequests.Escalation;
import it.sportello.ticketing.web.TicketRequests.Forwarding;
import it.sportello.ticketing.web.TicketRequests.Note;
import it.sportello.ticketing.web.TicketRequests.Relay;
import it.sportello.ticketing.web.TicketRequests.Reminder;
import it.sportello.ticketing.web.TicketRequests.Reopening;
import it.sportello.ticketing.web.TicketRequests.Return;
import it.sportello.ticketing.web.TicketRequests.Waiting;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ticket API: create, search, read, and every action of the workflow as a sub-resource. Each
 * response carries the ticket's ETag; actions honour {@code If-Match} (412 when the ticket changed).
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets", description = "Trouble ticketing: the three-level workflow of the contact center")
class TicketApiController {

	private final TicketManagement management;

	private final IdempotentOpening opening;

	private final TicketQueries queries;

	private final CurrentStaff currentStaff;

	private final PutCallThrough putCallThrough;

	TicketApiController(TicketManagement management, IdempotentOpening opening, TicketQueries queries,
			CurrentStaff currentStaff, PutCallThrough putCallThrough) {
		this.putCallThrough = putCallThrough;
		this.management = management;
		this.opening = opening;
		this.queries = queries;
		this.currentStaff = currentStaff;
	}

	@PostMapping
	@Operation(summary = "Open a ticket (S-TT1)",
			description = "Finds or creates the citizen by fiscal code, phone or e-mail. A retry with the same Idempotency-Key returns the same ticket (200) and creates nothing.")
	ResponseEntity<TicketDetails> create(@Valid @RequestBody CreateTicket request,
			@Parameter(description = "Client-chosen key making the creation safe to retry")
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		StaffMember by = currentStaff.get();
		IdempotentOpening.Opened opened = opening.open(request.toCommand(), by, idempotencyKey);
		// A new ticket comes described by the transaction that created it; a replayed key reads it again.
		TicketDetails created = opened.details();
		TicketDetails details = created != null ? created : queries.get(opened.ticket().number().value(), by);
		ResponseEntity.BodyBuilder response = opened.created()
				? ResponseEntity.created(URI.create("/api/v1/tickets/" + details.number())) : ResponseEntity.ok();
		return response.eTag(ETags.of(details.version())).body(details);
	}

	@GetMapping
	@Operation(summary = "Search tickets", description = "Every filter is optional; department-scoped users see only their department's tickets. "
			+ "The page says whether another follows (page.hasNext); the number of all matches is counted only with withTotal=true.")
	TicketPage search(@RequestParam(required = false) @Nullable String number,
			@Parameter(description = "Citizen's name, fiscal code, phone or e-mail")
			@RequestParam(required = false) @Nullable String citizen,
			@RequestParam(required = false) @Nullable Long citizenId,
			@RequestParam(required = false) @Nullable TicketState state,
			@RequestParam(required = false) @Nullable Level level,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate openedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate openedTo,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable Boolean clarificationPending,
			@Parameter(description = "Only answers flagged (true) or not flagged (false) as of common interest, the FAQ candidates")
			@RequestParam(required = false) @Nullable Boolean commonInterest,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "openedAt, updatedAt or dueAt, with ,asc or ,desc")
			@RequestParam(required = false) @Nullable String sort,
			@Parameter(description = "Also count every match (page.totalElements); slower on large lists")
			@RequestParam(defaultValue = "false") boolean withTotal) {
		if (page < 0) {
			throw new InvalidInputException("page", "ticket.page-invalid");
		}
		if (size < 1 || size > 200) {
			throw new InvalidInputException("size", "ticket.size-invalid");
		}
		TicketSearch search = new TicketSearch(number, citizen, citizenId, state, level, department, category,
				openedFrom, openedTo, overdue, clarificationPending, commonInterest);
		return queries.list(search, PageRequest.of(page, size, sortOf(sort)), withTotal, currentStaff.get());
	}

	@GetMapping("/{number}")
	@Operation(summary = "Read a ticket with its citizen, timeline and the actions the caller may take")
	ResponseEntity<TicketDetails> get(@PathVariable String number) {
		TicketDetails details = queries.get(number, currentStaff.get());
		return ResponseEntity.ok().eTag(ETags.of(details.version())).body(details);
	}

	@PostMapping("/{number}/closure")
	@Operation(summary = "Answer and close (S-TT3, S-TT8, S-TT10)")
	ResponseEntity<TicketDetails> close(@PathVariable String number, @Valid @RequestBody Closure body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.close(number, ETags.expectedVersion(ifMatch, number), body.resolution(),
				body.ofCommonInterest(), body.quoted(), by), by);
	}

	@PostMapping("/{number}/escalation")
	@Operation(summary = "Escalate to the back office (S-TT5) or straight to a department's support (S-TT4)")
	ResponseEntity<TicketDetails> escalate(@PathVariable String number, @Valid @RequestBody Escalation body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		Long version = ETags.expectedVersion(ifMatch, number);
		TicketDetails ticket = switch (body.target()) {
			case BACK_OFFICE -> management.escalateToBackOffice(number, version, body.note(), by);
			case DEPARTMENT -> management.escalateToDepartment(number, version, requireDepartment(body.departmentCode()),
					body.note(), by);
			case FIRST_LEVEL -> throw new InvalidInputException("target", "ticket.escalation-target-invalid");
		};
		return ok(ticket, by);
	}

	@PostMapping("/{number}/assignment")
	@Operation(summary = "Assign to a department's support (S-TT8)")
	ResponseEntity<TicketDetails> assign(@PathVariable String number, @Valid @RequestBody Assignment body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.assign(number, ETags.expectedVersion(ifMatch, number), body.departmentCode(), body.note(),
				by), by);
	}

	@PostMapping("/{number}/reminders")
	@Operation(summary = "Remind the department holding the ticket (S-TT9)")
	ResponseEntity<TicketDetails> remind(@PathVariable String number, @Valid @RequestBody(required = false) @Nullable Reminder body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.remind(number, ETags.expectedVersion(ifMatch, number), body == null ? null : body.note(),
				by), by);
	}

	@PostMapping("/{number}/relay")
	@Operation(summary = "Relay an answer to first level, who gives it to the citizen (S-TT9)")
	ResponseEntity<TicketDetails> relay(@PathVariable String number, @Valid @RequestBody Relay body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.relayAnswer(number, ETags.expectedVersion(ifMatch, number), body.answer(), by), by);
	}

	@PostMapping("/{number}/return")
	@Operation(summary = "A department that is not competent hands the ticket back to the back office")
	ResponseEntity<TicketDetails> giveBack(@PathVariable String number, @Valid @RequestBody Return body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.returnToBackOffice(number, ETags.expectedVersion(ifMatch, number), body.reason(), by), by);
	}

	@PostMapping("/{number}/contacts")
	@Operation(summary = "Record a contact with the citizen and its outcome (S-TT10)")
	ResponseEntity<TicketDetails> contact(@PathVariable String number, @Valid @RequestBody ContactRecord body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.recordContact(number, ETags.expectedVersion(ifMatch, number), body.toContact(),
				body.note(), by), by);
	}

	@PostMapping("/{number}/waiting")
	@Operation(summary = "Wait for the citizen to complete the request: the service-level clock stops (S-TT10)")
	ResponseEntity<TicketDetails> waitForCitizen(@PathVariable String number,
			@Valid @RequestBody(required = false) @Nullable Waiting body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.waitForCitizen(number, ETags.expectedVersion(ifMatch, number),
				body == null ? null : body.note(), by), by);
	}

	@PostMapping("/{number}/resumption")
	@Operation(summary = "The citizen answered: the clock restarts and the deadline moves by the time waited")
	ResponseEntity<TicketDetails> resume(@PathVariable String number,
			@Valid @RequestBody(required = false) @Nullable Waiting body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.resume(number, ETags.expectedVersion(ifMatch, number), body == null ? null : body.note(),
				by), by);
	}

	@PostMapping("/{number}/forwarding")
	@Operation(summary = "Record that the call was put through to an office, URP or person, and close (S-TT6, S-TT7)",
			description = "Give exactly one of destination (free text), employeeId or officeCode; the last two are "
					+ "resolved through the directory into \"Nome Cognome (interno 1234, Ufficio …)\".")
	ResponseEntity<TicketDetails> forward(@PathVariable String number, @Valid @RequestBody Forwarding body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(putCallThrough.putThrough(number, ETags.expectedVersion(ifMatch, number), body.toDestination(),
				body.note(), by), by);
	}

	@PostMapping("/{number}/clarifications")
	@Operation(summary = "Ask the back office a quick clarification while the caller waits (S-TT2)")
	ResponseEntity<TicketDetails> askClarification(@PathVariable String number,
			@Valid @RequestBody ClarificationQuestion body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.requestClarification(number, ETags.expectedVersion(ifMatch, number), body.question(), by),
				by);
	}

	@PostMapping("/{number}/clarifications/answer")
	@Operation(summary = "The back office answers the clarification (S-TT2)")
	ResponseEntity<TicketDetails> answerClarification(@PathVariable String number,
			@Valid @RequestBody ClarificationAnswer body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.answerClarification(number, ETags.expectedVersion(ifMatch, number), body.answer(), by), by);
	}

	@PostMapping("/{number}/common-interest")
	@Operation(summary = "Flag the answer as of common interest, to become a FAQ (S-TT11)")
	ResponseEntity<TicketDetails> flagCommonInterest(@PathVariable String number,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.flagCommonInterest(number, ETags.expectedVersion(ifMatch, number), by), by);
	}

	@PostMapping("/{number}/reopening")
	@Operation(summary = "Reopen a closed ticket: the citizen called back about the same request")
	ResponseEntity<TicketDetails> reopen(@PathVariable String number, @Valid @RequestBody Reopening body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.reopen(number, ETags.expectedVersion(ifMatch, number), body.reason(), by), by);
	}

	@PostMapping("/{number}/notes")
	@Operation(summary = "Add an internal note to the timeline")
	ResponseEntity<TicketDetails> note(@PathVariable String number, @Valid @RequestBody Note body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		StaffMember by = currentStaff.get();
		return ok(management.addNote(number, ETags.expectedVersion(ifMatch, number), body.note(), by), by);
	}

	private static ResponseEntity<TicketDetails> ok(TicketDetails details, StaffMember by) {
		return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(details.version())).body(details);
	}

	private static String requireDepartment(@Nullable String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException("departmentCode", "ticket.department-required");
		}
		return code;
	}

	private static Sort sortOf(@Nullable String sort) {
		if (sort == null || sort.isBlank()) {
			return Sort.unsorted();
		}
		String[] parts = sort.split(",");
		String property = parts[0].strip();
		if (!property.equals("openedAt") && !property.equals("updatedAt") && !property.equals("dueAt")) {
			throw new InvalidInputException("sort", "ticket.sort-invalid", property);
		}
		boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
		return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property);
	}

}
