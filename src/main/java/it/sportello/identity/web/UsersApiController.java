package it.sportello.identity.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.identity.users.StaffUser;
import it.sportello.identity.users.StaffUserManagement;
import it.sportello.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User administration on the API (administrators only). */
@RestController
@Tag(name = "Users", description = "Staff users and their roles")
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersApiController {

	private final StaffUserManagement users;

	UsersApiController(StaffUserManagement users) {
		this.users = users;
	}

	@Operation(summary = "List the staff users (administrators)")
	@GetMapping
	List<StaffUserResponse> all() {
		return users.all().stream().map(StaffUserResponse::of).toList();
	}

	@Operation(summary = "One staff user (administrators)")
	@GetMapping("/{username}")
	StaffUserResponse one(@PathVariable String username) {
		return users.findAccount(username)
			.map(StaffUserResponse::of)
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", username));
	}

	@Operation(summary = "Create a staff user (administrators)")
	@PostMapping
	ResponseEntity<StaffUserResponse> create(@Valid @RequestBody UserForm request) {
		StaffUser created = users.create(request.toParameters());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
			.body(StaffUserResponse.of(created));
	}

	@Operation(summary = "Enable or disable a staff user (administrators)")
	@PutMapping("/{username}/status")
	ResponseEntity<Void> status(@PathVariable String username, @Valid @RequestBody UserStatusRequest request,
			StaffMember me) {
		if (Boolean.TRUE.equals(request.enabled())) {
			users.enable(username);
		}
		else {
			users.disable(username, me);
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Reset a staff user's password to a temporary password, returned once (administrators)")
	@PostMapping("/{username}/password-reset")
	PasswordResetResponse resetPassword(@PathVariable String username) {
		return new PasswordResetResponse(StaffUser.normalizeUsername(username), users.resetPassword(username));
	}

}
