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

	ProcedureApiController(KnowledgeQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List procedures", description = "q matches every word in the id, name, description or keywords.")
	KnowledgePage<ProcedureView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return queries.procedures(q, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a procedure with its office and responsible person")
	ProcedureView get(@PathVariable String id) {
		return queries.procedure(id);
	}

}
