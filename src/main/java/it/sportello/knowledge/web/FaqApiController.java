package it.sportello.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.FaqView;
import it.sportello.knowledge.internal.KnowledgePage;
import it.sportello.knowledge.internal.KnowledgeQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The FAQ of the sheets the caller may see. */
@RestController
@RequestMapping("/api/v1/knowledge/faqs")
@Tag(name = "Knowledge")
class FaqApiController {

	private final KnowledgeQueries queries;

	FaqApiController(KnowledgeQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List the FAQ of the sheets the caller may see", description = "q keeps the FAQ that hold every word (in any Italian form, or a synonym) in the question or the answer, or whose id it is: "
					+ "first those of published sheets valid today, best first, then the others the caller may see, by id.")
	KnowledgePage<FaqView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sheet, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, StaffMember me) {
		return queries.faqs(q, sheet, page, size, me);
	}

}
