package it.sportello.identity.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.identity.tokens.ApiTokenManagement;
import it.sportello.identity.tokens.IssuedToken;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account on the API: who am I, and my personal tokens. */
@RestController
@Tag(name = "Me", description = "The caller's own account and personal API tokens")
@RequestMapping("/api/v1/me")
class MeApiController {

	private final ApiTokenManagement tokens;

	MeApiController(ApiTokenManagement tokens) {
		this.tokens = tokens;
	}

	@Operation(summary = "The signed-in staff member: user name, name, role, department and office")
	@GetMapping
	StaffMember me(StaffMember me) {
		return me;
	}

	@Operation(summary = "The caller's active API tokens (never the token itself)")
	@GetMapping("/tokens")
	List<TokenResponse> tokens(StaffMember me) {
		return tokens.activeTokens(me.username()).stream().map(TokenResponse::of).toList();
	}

	@Operation(summary = "Create a personal API token, shown once in the answer")
	@PostMapping("/tokens")
	ResponseEntity<IssuedTokenResponse> create(StaffMember me, @Valid @RequestBody TokenForm request) {
		IssuedToken issued = tokens.create(me.username(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id()))
			.body(IssuedTokenResponse.of(issued));
	}

	@Operation(summary = "Revoke one of the caller's API tokens")
	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(StaffMember me, @PathVariable long id) {
		tokens.revoke(me.username(), id);
		return ResponseEntity.noContent().build();
	}

}
