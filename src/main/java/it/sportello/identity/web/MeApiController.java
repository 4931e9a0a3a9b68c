package it.sportello.identity.web;

import java.net.URI;
import java.util.List;

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
@RequestMapping("/api/v1/me")
class MeApiController {

	private final ApiTokenManagement tokens;

	MeApiController(ApiTokenManagement tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	StaffMember me(StaffMember me) {
		return me;
	}

	@GetMapping("/tokens")
	List<TokenResponse> tokens(StaffMember me) {
		return tokens.activeTokens(me.username()).stream().map(TokenResponse::of).toList();
	}

	@PostMapping("/tokens")
	ResponseEntity<IssuedTokenResponse> create(StaffMember me, @Valid @RequestBody TokenForm request) {
		IssuedToken issued = tokens.create(me.username(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id()))
			.body(IssuedTokenResponse.of(issued));
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(StaffMember me, @PathVariable long id) {
		tokens.revoke(me.username(), id);
		return ResponseEntity.noContent().build();
	}

}
