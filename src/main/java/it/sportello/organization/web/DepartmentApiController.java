package it.sportello.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.organization.DepartmentCard;
import it.sportello.organization.Departments;
import it.sportello.organization.Directory;
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

/** The Region's departments and their offices (S-KB4): read by any staff member, written by administrators. */
@RestController
@RequestMapping("/api/v1/departments")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Departments", description = "The Region's structure: departments, offices and URPs")
class DepartmentApiController {

	private final Departments departments;

	private final Directory directory;

	private final DirectoryManagement management;

	DepartmentApiController(Departments departments, Directory directory, DirectoryManagement management) {
		this.departments = departments;
		this.directory = directory;
		this.management = management;
	}

	@GetMapping
	@Operation(summary = "All departments", description = "Code, name, short name and contacts, by short name.")
	List<DepartmentResponse> all() {
		return departments.all().stream().map(DepartmentResponse::summary).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One department with its URP and offices",
			description = "Offices in organisation-chart order; the URP is marked and given apart. 404 problem detail for an unknown code.")
	DepartmentResponse find(@PathVariable String code) {
		DepartmentCard card = directory.departmentCard(code)
			.orElseThrow(() -> new NotFoundException("department.not-found", code));
		return DepartmentResponse.of(card);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a department (ADMIN)")
	DepartmentResponse create(@Valid @RequestBody DepartmentForm form, StaffMember me) {
		String code = NewKey.of(form.code(), "code");
		management.createDepartment(code, form.toParameters(), me.username());
		return find(code);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a department (ADMIN)", description = "Every field is replaced; the code stays.")
	DepartmentResponse update(@PathVariable String code, @Valid @RequestBody DepartmentForm form, StaffMember me) {
		management.updateDepartment(code, form.toParameters(), me.username());
		return find(code);
	}

	@DeleteMapping("/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete a department without offices (ADMIN)", description = "409 while it still has offices.")
	void delete(@PathVariable String code, StaffMember me) {
		management.deleteDepartment(code, me.username());
	}

}
