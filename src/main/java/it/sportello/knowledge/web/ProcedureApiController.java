package it.sportello.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.knowledge.internal.KnowledgePage;
import it.sportello.knowledge.internal.KnowledgeQueries;
import it.sportello.knowledge.internal.ProcedureView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Authorization procedures (S-KB2): what an administration publishes for each. */
@RestController
@RequestMapping("/api/v1/knowledge/procedures")
@Tag(name = "Knowledge")
class ProcedureApiController {

	private final KnowledgeQueries queries;

	private final it.sportello.knowledge.internal.ProcedureEditing editing;

	ProcedureApiController(KnowledgeQueries queries, it.sportello.knowledge.internal.ProcedureEditing editing) {
		this.queries = queries;
		this.editing = editing;
	}

	/** The fields of a procedure an edit replaces; office and responsible person stay. */
	record ProcedureEdit(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 300) String name,
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 4000) String description,
			@jakarta.validation.constraints.Size(max = 2000) @Nullable String legalBasis,
			@Min(1) @Max(3650) int termDays, boolean silenceAssent,
			java.util.@Nullable List<String> requiredDocuments,
			@jakarta.validation.constraints.Size(max = 2000) @Nullable String fees,
			@jakarta.validation.constraints.Size(max = 4000) @Nullable String howToApply,
			@jakarta.validation.constraints.Size(max = 2000) @Nullable String substitutePower,
			java.util.@Nullable List<String> keywords) {

		it.sportello.knowledge.internal.ProcedureEditing.ProcedureFields fields() {
			return new it.sportello.knowledge.internal.ProcedureEditing.ProcedureFields(name, description,
					legalBasis == null ? "" : legalBasis, termDays, silenceAssent,
					requiredDocuments == null ? java.util.List.of() : requiredDocuments, fees == null ? "" : fees,
					howToApply == null ? "" : howToApply, substitutePower == null ? "" : substitutePower,
					keywords == null ? java.util.List.of() : keywords);
		}

	}

	@GetMapping
	@Operation(summary = "List procedures", description = "q keeps the procedures that hold every word (in any Italian form, or a synonym) in the name, description, keywords, required documents, fees or how to apply, or whose id it is; best first.")
	KnowledgePage<ProcedureView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return queries.procedures(q, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a procedure with its office and responsible person; ETag header for edits")
	org.springframework.http.ResponseEntity<ProcedureView> get(@PathVariable String id,
			it.sportello.identity.StaffMember me) {
		var procedure = editing.procedure(id, me);
		return org.springframework.http.ResponseEntity.ok()
			.eTag(it.sportello.shared.web.EntityTags.of(procedure.version()))
			.body(procedure.procedure());
	}

	@org.springframework.web.bind.annotation.PutMapping("/{id}")
	@Operation(summary = "Change a procedure's published fields (URP, support and office heads of its department, back office, manager)",
			description = "Office and responsible person stay those of the directory. If-Match honoured (412 when stale).")
	org.springframework.http.ResponseEntity<ProcedureView> edit(@PathVariable String id,
			@jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody ProcedureEdit body,
			@org.springframework.web.bind.annotation.RequestHeader(name = org.springframework.http.HttpHeaders.IF_MATCH,
					required = false) @Nullable String ifMatch,
			it.sportello.identity.StaffMember me) {
		var edited = editing.edit(id, body.fields(), it.sportello.shared.web.EntityTags.expected(ifMatch,
				() -> new it.sportello.knowledge.internal.ProcedureChangedException(id)), me);
		return org.springframework.http.ResponseEntity.ok()
			.eTag(it.sportello.shared.web.EntityTags.of(edited.version()))
			.body(edited.procedure());
	}

}
