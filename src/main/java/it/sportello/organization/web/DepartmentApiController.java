package it.sportello.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.organization.Departments;
import it.sportello.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Region's departments and their offices (S-KB4), for any signed-in staff member and for integrations. */
@RestController
@RequestMapping("/api/v1/departments")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Departments", description = "The Region's structure: departments, offices and URPs")
class DepartmentApiController {

	private final Departments departments;

	DepartmentApiController(Departments departments) {
		this.departments = departments;
	}

	@GetMapping
	@Operation(summary = "All departments", description = "Code, name, short name and contacts, by short name.")
	List<DepartmentResponse> all() {
		return departments.all().stream().map(DepartmentResponse::summary).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One department with its offices",
			description = "Offices in organisation-chart order; the URP is marked. 404 problem detail for an unknown code.")
	DepartmentResponse find(@PathVariable String code) {
		return departments.find(code)
			.map(department -> DepartmentResponse.withOffices(department, departments.offices(department.code())))
			.orElseThrow(() -> new NotFoundException("department.not-found", code));
	}

}
