package it.sportello.knowledge.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.InformationNeeds;
import it.sportello.knowledge.internal.NeedChangedException;
import it.sportello.knowledge.internal.NeedStage;
import it.sportello.knowledge.internal.NeedView;
import it.sportello.shared.web.EntityTags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
 * Information needs (S-AC1): opened by the URP or an office head, the department's support engaged by the URP, the
 * draft sheet started from the need. Steps honour {@code If-Match} (412 when the need changed).
 */
@RestController
@RequestMapping("/api/v1/knowledge/needs")
@Tag(name = "Knowledge")
class NeedApiController {

	private final InformationNeeds needs;

	NeedApiController(InformationNeeds needs) {
		this.needs = needs;
	}

	/** A new information need: which procedure (optional), why, by when, for which office of the caller's department. */
	record NewNeed(@NotBlank @Size(max = 32) String officeCode, @Nullable @Size(max = 16) String procedureId,
			@NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 4000) String reason,
			@NotNull LocalDate neededBy) {
	}

	@GetMapping
	@Operation(summary = "The information-need board: the needs the caller may see, soonest deadline first, with their stage")
	List<NeedView> board(@RequestParam(required = false) @Nullable NeedStage stage, StaffMember me) {
		return needs.board(stage, me);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an information need")
	ResponseEntity<NeedView> get(@PathVariable String id, StaffMember me) {
		return tagged(ResponseEntity.ok(), needs.need(id, me));
	}

	@PostMapping
	@Operation(summary = "Open an information need (URP or office head of the office's department)")
	ResponseEntity<NeedView> open(@Valid @RequestBody NewNeed body, StaffMember me) {
		NeedView opened = needs.open(new InformationNeeds.NewNeed(body.officeCode(), body.procedureId(),
				body.subject(), body.reason(), body.neededBy()), me);
		return tagged(ResponseEntity.created(URI.create("/api/v1/knowledge/needs/" + opened.id())), opened);
	}

	@PostMapping("/{id}/engagement")
	@Operation(summary = "The URP engages the department's support to draft the sheet")
	ResponseEntity<NeedView> engage(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return tagged(ResponseEntity.ok(), needs.engageSupport(id, expected(ifMatch, id), me));
	}

	@PostMapping("/{id}/draft")
	@Operation(summary = "Start the need's draft sheet, prefilled from the need and linked to it (URP or department support)")
	ResponseEntity<NeedView> draft(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		return tagged(ResponseEntity.ok(), needs.startDraft(id, expected(ifMatch, id), me));
	}

	private static @Nullable Long expected(@Nullable String ifMatch, String id) {
		return EntityTags.expected(ifMatch, () -> new NeedChangedException(id));
	}

	private static ResponseEntity<NeedView> tagged(ResponseEntity.BodyBuilder response, NeedView need) {
		return response.eTag(EntityTags.of(need.version())).body(need);
	}

}
