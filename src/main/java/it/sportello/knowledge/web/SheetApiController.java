package it.sportello.knowledge.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetState;
import it.sportello.knowledge.internal.KnowledgePage;
import it.sportello.knowledge.internal.KnowledgeQueries;
import it.sportello.knowledge.internal.SheetAction;
import it.sportello.knowledge.internal.SheetDetails;
import it.sportello.knowledge.internal.SheetEditing;
import it.sportello.knowledge.internal.SheetLifecycle;
import it.sportello.knowledge.internal.SheetSummary;
import it.sportello.knowledge.internal.VersionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Information sheets: lists and reads limited to what the caller may see (an operator sees exactly the usable sheets;
 * a draft read by an operator is not found), drafts written by their authors, and each lifecycle step as a
 * sub-resource. Responses carry the sheet's ETag; edits and steps honour {@code If-Match} (412 when it changed).
 */
@RestController
@RequestMapping("/api/v1/knowledge/sheets")
@Tag(name = "Knowledge", description = "Information sheets, FAQ, authorization procedures and their lifecycle")
class SheetApiController {

	private final KnowledgeQueries queries;

	private final SheetEditing editing;

	private final SheetLifecycle lifecycle;

	private final it.sportello.knowledge.internal.SheetOffices offices;

	SheetApiController(KnowledgeQueries queries, SheetEditing editing, SheetLifecycle lifecycle,
			it.sportello.knowledge.internal.SheetOffices offices) {
		this.offices = offices;
		this.queries = queries;
		this.editing = editing;
		this.lifecycle = lifecycle;
	}

	@GetMapping
	@Operation(summary = "List the sheets the caller may see: by title, or with q the best matches first",
			description = "q keeps the sheets that hold every word (in any Italian form: plurals, accents, elisions; or a synonym) in the title, summary, keywords, text or FAQ, or whose id it is. "
					+ "With q, the published sheets valid today come first, best first; then the others the caller may see (drafts, sheets in review, expired), by title. "
					+ "For first level: only published sheets valid today (Europe/Rome).")
	KnowledgePage<SheetSummary> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable SheetState state,
			@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String keyword,
			@RequestParam(required = false) it.sportello.knowledge.@Nullable Audience audience,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, StaffMember me) {
		return queries.sheets(q, state, department, keyword, audience, page, size, me);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a sheet with its FAQ, procedure, versions, history and the steps the caller may take")
	ResponseEntity<SheetDetails> get(@PathVariable String id, StaffMember me) {
		return withTag(ResponseEntity.ok(), queries.sheet(id, me));
	}

	@GetMapping("/{id}/versions/{number}")
	@Operation(summary = "Read a published version as it was published")
	VersionView version(@PathVariable String id, @PathVariable int number, StaffMember me) {
		return queries.version(id, number, me);
	}

	@PostMapping
	@Operation(summary = "Start a draft (URP, department support, office head of the office's department)")
	ResponseEntity<SheetDetails> create(@Valid @RequestBody SheetRequests.Draft body, StaffMember me) {
		SheetDetails created = editing.create(body.toDraft(), me);
		return withTag(ResponseEntity.created(URI.create("/api/v1/knowledge/sheets/" + created.id())), created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a draft; sign-offs already given are void")
	ResponseEntity<SheetDetails> edit(@PathVariable String id, @Valid @RequestBody SheetRequests.Draft body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return withTag(ResponseEntity.ok(), editing.edit(id, body.toDraft(), SheetETags.expected(ifMatch, id), me));
	}

	@PostMapping("/{id}/sign-off")
	@Operation(summary = "Sign off a draft (S-AC2): the URP's or the office head's, by the caller's role; the second approves it")
	ResponseEntity<SheetDetails> signOff(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.signOffBy(me.role()), body, ifMatch, me);
	}

	@PostMapping("/{id}/send-back")
	@Operation(summary = "Send a draft or an approved sheet back with comments (S-AC2); the sign-offs are void")
	ResponseEntity<SheetDetails> sendBack(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.SEND_BACK, body, ifMatch, me);
	}

	@PostMapping("/{id}/notice")
	@Operation(summary = "The office head's notice to the Information Society office (S-AC3)")
	ResponseEntity<SheetDetails> notice(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.SEND_NOTICE, body, ifMatch, me);
	}

	@PostMapping("/{id}/acknowledgement")
	@Operation(summary = "Information Society acknowledges the notice (S-AC3); publication does not wait for it")
	ResponseEntity<SheetDetails> acknowledge(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.ACKNOWLEDGE, body, ifMatch, me);
	}

	@PostMapping("/{id}/publication")
	@Operation(summary = "Publish (S-AC4): a new version operators answer from")
	ResponseEntity<SheetDetails> publish(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.PUBLISH, body, ifMatch, me);
	}

	@PostMapping("/{id}/expiry")
	@Operation(summary = "Mark a published sheet whose validity ended as expired (S-KB6)")
	ResponseEntity<SheetDetails> expire(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.EXPIRE, body, ifMatch, me);
	}

	@PostMapping("/{id}/archival")
	@Operation(summary = "Archive a published or expired sheet")
	ResponseEntity<SheetDetails> archive(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.ARCHIVE, body, ifMatch, me);
	}

	/** The office a sheet is given when the directory no longer has its own. */
	record Reassignment(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 32) String officeCode) {
	}

	@PostMapping("/{id}/office")
	@Operation(summary = "Reassign a sheet whose office a directory import deleted to an existing office (back office, manager)",
			description = "The sheet keeps its text, state, sign-offs and versions and moves to the office's department. 409 when its office still exists.")
	ResponseEntity<SheetDetails> reassign(@PathVariable String id, @Valid @RequestBody Reassignment body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return withTag(ResponseEntity.ok(), offices.reassign(id, body.officeCode(), SheetETags.expected(ifMatch, id), me));
	}

	private ResponseEntity<SheetDetails> step(String id, SheetAction action, SheetRequests.@Nullable Step body,
			@Nullable String ifMatch, StaffMember me) {
		SheetDetails details = lifecycle.perform(id, action, body == null ? null : body.comment(),
				SheetETags.expected(ifMatch, id), me);
		return withTag(ResponseEntity.ok(), details);
	}

	private static ResponseEntity<SheetDetails> withTag(ResponseEntity.BodyBuilder response, SheetDetails details) {
		return response.eTag(SheetETags.of(details.version())).body(details);
	}

}
