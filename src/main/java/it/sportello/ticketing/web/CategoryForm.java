package it.sportello.ticketing.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The administrator's form for one ticket category. */
record CategoryForm(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{category.code-format}") String code,
		@NotBlank @Size(max = 200) String label, @Size(max = 200) @Nullable String labelEn,
		@NotNull @Min(1) @Max(60) @Nullable Integer targetWorkingDays, @Nullable Boolean active,
		@NotNull @Min(0) @Nullable Integer position) {

	boolean isActive() {
		return Boolean.TRUE.equals(active);
	}

}
