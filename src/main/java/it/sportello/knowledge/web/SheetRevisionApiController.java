package it.sportello.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.SheetAction;
import it.sportello.knowledge.internal.SheetDetails;
import it.sportello.knowledge.internal.SheetDiff;
import it.sportello.knowledge.internal.SheetDiffs;
import it.sportello.knowledge.internal.SheetEditing;
import it.sportello.knowledge.internal.SheetLifecycle;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revision of a published or expired sheet, as sub-resources of the sheet: opened, written, signed off by the two
 * approvers, marked substantial (then notified), and published as the next version; the version in use stays what
 * operators read meanwhile. The diff shows what changed since the last published version. Each answer is the sheet
 * with its {@code revision} and its ETag; steps honour {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/knowledge/sheets/{id}")
@Tag(name = "Knowledge")
class SheetRevisionApiController {

	private final SheetEditing editing;

	private final SheetLifecycle lifecycle;

	private final SheetDiffs diffs;

	SheetRevisionApiController(SheetEditing editing, SheetLifecycle lifecycle, SheetDiffs diffs) {
		this.editing = editing;
		this.lifecycle = lifecycle;
		this.diffs = diffs;
	}

	@GetMapping("/diff")
	@Operation(summary = "What changed since the last published version: the open revision's text, else the sheet's",
			description = "Word by word for title, summary and validity, line by line for body and FAQ. 404 when the sheet was never published or the caller reads only the version in use.")
	SheetDiff diff(@PathVariable String id, StaffMember me) {
		return diffs.diff(id, me);
	}

	@PostMapping("/revision")
	@Operation(summary = "Open a revision of a published or expired sheet (renewal): a copy of the text in use to write")
	ResponseEntity<SheetDetails> revise(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.REVISE, body, ifMatch, me);
	}

	@PutMapping("/revision")
	@Operation(summary = "Write the revision's text (a new validity renews an expired sheet); its sign-offs are void")
	ResponseEntity<SheetDetails> edit(@PathVariable String id, @Valid @RequestBody SheetRequests.Draft body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return tagged(editing.editRevision(id, body.toDraft(), SheetETags.expected(ifMatch, id), me));
	}

	@PostMapping("/revision/sign-off")
	@Operation(summary = "Sign off the revision: the URP's or the office head's, by the caller's role; the second approves it")
	ResponseEntity<SheetDetails> signOff(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.revisionSignOffBy(me.role()), body, ifMatch, me);
	}

	@PostMapping("/revision/send-back")
	@Operation(summary = "Send the revision back with comments; its sign-offs are void")
	ResponseEntity<SheetDetails> sendBack(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.REVISION_SEND_BACK, body, ifMatch, me);
	}

	@PostMapping("/revision/substantial")
	@Operation(summary = "Mark the revision a substantial change (an approver): the notice and the training are repeated")
	ResponseEntity<SheetDetails> mark(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.MARK_SUBSTANTIAL, body, ifMatch, me);
	}

	@DeleteMapping("/revision/substantial")
	@Operation(summary = "Take the substantial mark back: the notice and the training are skipped for this version")
	ResponseEntity<SheetDetails> unmark(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.UNMARK_SUBSTANTIAL, null, ifMatch, me);
	}

	@PostMapping("/revision/notice")
	@Operation(summary = "The approving office head's notice of a substantial revision to the Information Society office")
	ResponseEntity<SheetDetails> notice(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return step(id, SheetAction.REVISION_NOTICE, body, ifMatch, me);
	}

	@PostMapping("/revision/publication")
	@Operation(summary = "Publish the approved revision as the next version (a substantial one once notified)")
	ResponseEntity<SheetDetails> publish(@PathVariable String id, @RequestBody(required = false) SheetRequests.@Nullable Step body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return tagged(editing.publishRevision(id, body == null ? null : body.comment(), SheetETags.expected(ifMatch, id), me));
	}

	private ResponseEntity<SheetDetails> step(String id, SheetAction action, SheetRequests.@Nullable Step body,
			@Nullable String ifMatch, StaffMember me) {
		return tagged(lifecycle.perform(id, action, body == null ? null : body.comment(), SheetETags.expected(ifMatch, id), me));
	}

	private static ResponseEntity<SheetDetails> tagged(SheetDetails details) {
		return ResponseEntity.ok().eTag(SheetETags.of(details.version())).body(details);
	}

}
