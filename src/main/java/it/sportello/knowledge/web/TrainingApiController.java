package it.sportello.knowledge.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.TrainingView;
import it.sportello.knowledge.internal.Trainings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Training sessions on published sheets (S-AC4) and the operators' confirmations. */
@RestController
@RequestMapping("/api/v1/knowledge/trainings")
@Tag(name = "Knowledge")
class TrainingApiController {

	private final Trainings trainings;

	TrainingApiController(Trainings trainings) {
		this.trainings = trainings;
	}

	/** {@code at} is a local date and time in Europe/Rome; {@code place} a room or an http(s) link. */
	record NewTraining(@NotBlank @Size(max = 16) String sheetId, @NotNull LocalDateTime at,
			@NotBlank @Size(max = 500) String place, @NotBlank @Size(max = 8000) String guidelines) {
	}

	@GetMapping
	@Operation(summary = "Training sessions, latest first; for the manager and the back office with who confirmed and who has not")
	List<TrainingView> list(StaffMember me) {
		return trainings.list(me);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a training session")
	TrainingView get(@PathVariable long id, StaffMember me) {
		return trainings.training(id, me);
	}

	@PostMapping
	@Operation(summary = "Schedule a training session for a published sheet (manager, back office)")
	ResponseEntity<TrainingView> schedule(@Valid @RequestBody NewTraining body, StaffMember me) {
		TrainingView scheduled = trainings.schedule(
				new Trainings.NewTraining(body.sheetId(), body.at(), body.place(), body.guidelines()), me);
		return ResponseEntity.created(URI.create("/api/v1/knowledge/trainings/" + scheduled.id())).body(scheduled);
	}

	@PostMapping("/{id}/confirmation")
	@Operation(summary = "A first-level operator confirms reading the guidelines (again: nothing changes)")
	TrainingView confirm(@PathVariable long id, StaffMember me) {
		return trainings.confirm(id, me);
	}

}
