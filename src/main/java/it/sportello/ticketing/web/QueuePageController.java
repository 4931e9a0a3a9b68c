package it.sportello.ticketing.web;

import it.sportello.identity.CurrentStaff;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.ticketing.internal.TicketQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each role's home and work queue. */
@Controller
class QueuePageController {

	private final TicketQueries queries;

	private final CurrentStaff currentStaff;

	QueuePageController(TicketQueries queries, CurrentStaff currentStaff) {
		this.queries = queries;
		this.currentStaff = currentStaff;
	}

	/** The home of each role: its own work place. */
	@GetMapping("/")
	String home(Model model) {
		StaffMember by = currentStaff.get();
		return switch (by.role()) {
			case FIRST_LEVEL -> "redirect:/console";
			case BACK_OFFICE -> "redirect:/queues/back-office";
			case DEPARTMENT_SUPPORT, URP -> "redirect:/queues/department";
			default -> {
				model.addAttribute("staff", by);
				model.addAttribute("readsTickets", by.is(Role.MANAGER, Role.ADMIN));
				yield "ticketing/home";
			}
		};
	}

	@GetMapping("/queues/back-office")
	@PreAuthorize("hasAnyRole('BACK_OFFICE','MANAGER','ADMIN')")
	String backOffice(Model model) {
		model.addAttribute("queue", queries.backOfficeQueue(currentStaff.get()));
		return "ticketing/back-office";
	}

	@GetMapping("/queues/department")
	@PreAuthorize("hasAnyRole('DEPARTMENT_SUPPORT','URP','BACK_OFFICE','MANAGER','ADMIN')")
	String department(@RequestParam(required = false) @Nullable String department, Model model) {
		model.addAttribute("queue", queries.departmentQueue(currentStaff.get(), department));
		return "ticketing/department";
	}

}
