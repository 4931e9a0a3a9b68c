package it.sportello.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.organization.Directory;
import it.sportello.organization.OfficeCard;
import it.sportello.organization.internal.DirectoryManagement;
import it.sportello.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Office cards (S-KB3, S-KB4): read by any staff member, written by administrators. */
@RestController
@RequestMapping("/api/v1/offices")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Offices", description = "Office cards: contacts, hours, website, competences, place in the tree, people")
class OfficeApiController {

	private final Directory directory;

	private final DirectoryManagement management;

	OfficeApiController(Directory directory, DirectoryManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/{code}")
	@Operation(summary = "The office card",
			description = "Contacts, opening hours, website, competences, parent, children, employees by surname and people serving ad interim.")
	OfficeCard find(@PathVariable String code) {
		return directory.officeCard(code).orElseThrow(() -> new NotFoundException("directory.office.not-found", code));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create an office (ADMIN)")
	OfficeCard create(@Valid @RequestBody OfficeForm form, StaffMember me) {
		String code = NewKey.of(form.code(), "code");
		management.createOffice(code, form.toParameters(), me.username());
		return find(code);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change an office (ADMIN)", description = "Every field is replaced; the code stays.")
	OfficeCard update(@PathVariable String code, @Valid @RequestBody OfficeForm form, StaffMember me) {
		management.updateOffice(code, form.toParameters(), me.username());
		return find(code);
	}

	@DeleteMapping("/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete an empty office (ADMIN)", description = "409 while it has sub-offices or staff.")
	void delete(@PathVariable String code, StaffMember me) {
		management.deleteOffice(code, me.username());
	}

}
