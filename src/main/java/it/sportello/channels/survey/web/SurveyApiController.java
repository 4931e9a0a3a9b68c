package it.sportello.channels.survey.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.channels.SatisfactionResult;
import it.sportello.channels.survey.Surveys;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The survey for machines: a citizen's answer (public, by token) and the anonymous results (manager). */
@RestController
@Tag(name = "Satisfaction", description = "The satisfaction survey after a ticket closes (S-Q3)")
class SurveyApiController {

	private final Surveys surveys;

	SurveyApiController(Surveys surveys) {
		this.surveys = surveys;
	}

	record SurveyAnswer(@Nullable Integer usefulness, @Nullable Integer speed, @Nullable String comment) {
	}

	@PostMapping("/api/v1/public/surveys/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Answer the survey of a closed ticket: usefulness and speed 1-5, an optional comment; once")
	void answer(@PathVariable String token, @RequestBody SurveyAnswer answer) {
		surveys.answer(token, answer.usefulness(), answer.speed(), answer.comment());
	}

	@GetMapping("/api/v1/satisfaction")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	@Operation(summary = "Anonymous results per channel, level and department")
	List<SatisfactionResult> results() {
		return surveys.results();
	}

}
