package it.sportello.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.organization.Directory;
import it.sportello.organization.EmployeeView;
import it.sportello.organization.internal.DirectoryManagement;
import it.sportello.organization.internal.InterimRoleData;
import it.sportello.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** Person cards of the phone directory (S-KB3): read by any staff member, written by administrators. */
@RestController
@RequestMapping("/api/v1/employees")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Employees", description = "The phone directory: extensions, direct lines, rooms, interim roles")
class EmployeeApiController {

	/** One office served ad interim. */
	record InterimRoleRequest(@NotBlank String officeCode, @NotBlank String position) {
	}

	private final Directory directory;

	private final DirectoryManagement management;

	EmployeeApiController(Directory directory, DirectoryManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/{id}")
	@Operation(summary = "The person card", description = "Office, position, extension, direct line, e-mail, room, interim roles.")
	EmployeeView find(@PathVariable String id) {
		return directory.employee(id).orElseThrow(() -> new NotFoundException("directory.employee.not-found", id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a person (ADMIN)", description = "The extension must be free.")
	EmployeeView create(@Valid @RequestBody EmployeeForm form, StaffMember me) {
		String id = NewKey.of(form.id(), "id");
		management.createEmployee(id, form.toParameters(), me.username());
		return find(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a person (ADMIN)", description = "Every field is replaced; the id stays.")
	EmployeeView update(@PathVariable String id, @Valid @RequestBody EmployeeForm form, StaffMember me) {
		management.updateEmployee(id, form.toParameters(), me.username());
		return find(id);
	}

	@PutMapping("/{id}/interim-roles")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replace the offices a person serves ad interim (ADMIN)")
	EmployeeView interimRoles(@PathVariable String id, @Valid @RequestBody List<@Valid InterimRoleRequest> roles,
			StaffMember me) {
		management.replaceInterimRoles(id,
				roles.stream().map(role -> new InterimRoleData(role.officeCode(), role.position())).toList(),
				me.username());
		return find(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Remove a person (ADMIN)")
	void delete(@PathVariable String id, StaffMember me) {
		management.deleteEmployee(id, me.username());
	}

}
