package it.sportello.reporting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.reporting.staffing.ManualForecast;
import it.sportello.reporting.staffing.StaffingAdvice;
import it.sportello.reporting.staffing.StaffingParameters;
import it.sportello.reporting.staffing.StaffingPlan;
import it.sportello.reporting.tickets.DashboardRebuild;
import it.sportello.reporting.tickets.TicketDashboard;
import it.sportello.reporting.tickets.TicketDashboards;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ticket dashboards as JSON, the staffing plan for a forecast, and the dashboards' rebuild. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Ticket dashboards (department-scoped) and staffing with Erlang C")
class ReportApiController {

	private final TicketDashboards dashboards;

	private final StaffingAdvice staffing;

	private final DashboardRebuild rebuild;

	ReportApiController(TicketDashboards dashboards, StaffingAdvice staffing, DashboardRebuild rebuild) {
		this.dashboards = dashboards;
		this.staffing = staffing;
		this.rebuild = rebuild;
	}

	@GetMapping("/tickets")
	@Operation(summary = "Ticket dashboards of a period (local dates, both inclusive), of every department or one",
			description = "Manager, administrators and back office read every department's; a department's support and "
					+ "URP only their own (asking for another is a 403).")
	TicketDashboard tickets(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String department, StaffMember me) {
		return dashboards.read(from, to, department, me);
	}

	record IntervalRequest(@NotNull LocalTime start, @NotNull Double calls) {
	}

	record StaffingRequest(@NotNull Double ahtSeconds, @NotNull Integer thresholdSeconds, @NotNull Double targetPercent,
			@NotNull Double shrinkagePercent, @NotEmpty @Size(max = 48) List<@Valid @NotNull IntervalRequest> intervals) {
	}

	@PostMapping("/staffing")
	@Operation(summary = "Operators needed per half-hour for a forecast (manager, administrators)")
	StaffingPlan staffing(@Valid @RequestBody StaffingRequest request, StaffMember me) {
		staffing.requireAllowed(me);
		StaffingParameters parameters = new StaffingParameters(request.ahtSeconds(), request.thresholdSeconds(),
				request.targetPercent(), request.shrinkagePercent());
		ManualForecast forecast = ManualForecast.of(request.intervals()
			.stream()
			.map(i -> new ManualForecast.Entry(i.start(), i.calls()))
			.toList());
		return staffing.plan(forecast, parameters, me);
	}

	@PostMapping("/tickets/rebuild")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Build the ticket dashboards again from the tickets that exist (administrators)")
	DashboardRebuild.Rebuilt rebuild() {
		return rebuild.rebuild();
	}

}
