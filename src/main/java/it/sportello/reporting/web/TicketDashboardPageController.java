package it.sportello.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import it.sportello.identity.KnownDepartments;
import it.sportello.identity.StaffMember;
import it.sportello.reporting.tickets.DashboardRebuild;
import it.sportello.reporting.tickets.DashboardScope;
import it.sportello.reporting.tickets.SearchGaps;
import it.sportello.reporting.tickets.TicketDashboard;
import it.sportello.reporting.tickets.TicketDashboards;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ticket dashboards page, its tables as CSV, and the administrators' rebuild button. */
@Controller
class TicketDashboardPageController {

	private final TicketDashboards dashboards;

	private final DashboardTables tables;

	private final DashboardRebuild rebuild;

	private final KnownDepartments departments;

	private final Clock clock;

	private final WorkingCalendar calendar;

	private final SearchGaps gaps;

	/** How many topics searched but not found the dashboard lists. */
	static final int TOP_SEARCHES = 20;

	TicketDashboardPageController(TicketDashboards dashboards, DashboardTables tables, DashboardRebuild rebuild,
			KnownDepartments departments, Clock clock, WorkingCalendar calendar, SearchGaps gaps) {
		this.gaps = gaps;
		this.dashboards = dashboards;
		this.tables = tables;
		this.rebuild = rebuild;
		this.departments = departments;
		this.clock = clock;
		this.calendar = calendar;
	}

	@GetMapping("/reports/tickets")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String department, StaffMember me, Locale locale, Model model) {
		TicketDashboard dashboard = read(from, to, department, me);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("tables", tables.all(dashboard, searches(dashboard), locale));
		model.addAttribute("choosesDepartment", DashboardScope.choosesDepartment(me));
		model.addAttribute("departments", departments.namesByCode());
		model.addAttribute("departmentName",
				dashboard.department() == null ? null : departments.namesByCode().get(dashboard.department()));
		return "reporting/tickets";
	}

	@GetMapping("/reports/tickets/{table}.csv")
	ResponseEntity<String> csv(@PathVariable String table,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String department, StaffMember me, Locale locale) {
		if (!DashboardTables.IDS.contains(table)) {
			throw new NotFoundException("reports.table-unknown", table);
		}
		TicketDashboard dashboard = read(from, to, department, me);
		List<ReportTable> all = tables.all(dashboard, searches(dashboard), locale);
		// The searches' table is not among one department's tables.
		ReportTable chosen = all.stream()
			.filter(t -> t.id().equals(table))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("reports.table-unknown", table));
		String scope = dashboard.department() == null ? "" : "-" + dashboard.department();
		return Csv.download(chosen, "ticket-" + table + scope + "-" + dashboard.from() + "-" + dashboard.to() + ".csv");
	}

	@PostMapping("/reports/tickets/rebuild")
	@PreAuthorize("hasRole('ADMIN')")
	String rebuild(RedirectAttributes redirect) {
		DashboardRebuild.Rebuilt done = rebuild.rebuild();
		redirect.addFlashAttribute("rebuilt", done);
		return "redirect:/reports/tickets";
	}

	/** The topics searched but not found, for a dashboard of every department; null for one department's. */
	private @Nullable List<TicketDashboard.Count> searches(TicketDashboard dashboard) {
		return dashboard.department() != null ? null
				: gaps.top(dashboard.from(), dashboard.to(), calendar.zone(), TOP_SEARCHES);
	}

	private TicketDashboard read(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String department,
			StaffMember me) {
		ReportPeriod period = ReportPeriod.orDefault(from, to, clock, calendar.zone());
		return dashboards.read(period.from(), period.to(), department, me);
	}

}
