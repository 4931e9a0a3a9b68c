package it.sportello.ticketing.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.ticketing.internal.Category;
import it.sportello.ticketing.internal.CategoryCatalog;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The configurable list of ticket categories: read by all staff, changed by administrators. */
@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories", description = "Types of request, with the service-level target of departmental answers")
class CategoryApiController {

	private final CategoryCatalog catalog;

	CategoryApiController(CategoryCatalog catalog) {
		this.catalog = catalog;
	}

	record CategoryResponse(String code, String label, @Nullable String labelEn, int targetWorkingDays,
			boolean active, int position) {

		static CategoryResponse of(Category category, Locale locale) {
			return new CategoryResponse(category.code(), category.label(locale), category.labelEn(),
					category.targetWorkingDays(), category.active(), category.position());
		}

	}

	record CategoryRequest(@NotBlank @Size(max = 200) String label, @Size(max = 200) @Nullable String labelEn,
			@Min(1) @Max(60) int targetWorkingDays, boolean active, @Min(0) int position) {
	}

	@GetMapping
	@Operation(summary = "List the categories with their codes")
	List<CategoryResponse> list() {
		Locale locale = LocaleContextHolder.getLocale();
		return catalog.all().stream().map(c -> CategoryResponse.of(c, locale)).toList();
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create or change a category (administrators)")
	CategoryResponse save(
			@PathVariable @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{category.code-format}") String code,
			@Valid @RequestBody CategoryRequest request) {
		Category saved = catalog.save(code, request.label(), request.labelEn(), request.targetWorkingDays(),
				request.active(), request.position());
		return CategoryResponse.of(saved, LocaleContextHolder.getLocale());
	}

}
