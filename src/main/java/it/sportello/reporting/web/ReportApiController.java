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
import it.sportello.reporting.staffing.SwitchData;
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

	private final SwitchData switchData;

	ReportApiController(TicketDashboards dashboards, StaffingAdvice staffing, SwitchData switchData,
			DashboardRebuild rebuild) {
		this.switchData = switchData;
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

	/**
	 * The switch's period: {@code month} ({@code YYYY-MM}) or {@code from}..{@code to}; threshold and target default to
	 * the telephone report's, AHT (for half-hours without answered calls) and shrinkage to the staffing settings.
	 */
	record SwitchStaffingRequest(@Nullable String month, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String queue, @Nullable Integer thresholdSeconds, @Nullable Double targetPercent,
			@Nullable Double ahtSeconds, @Nullable Double shrinkagePercent) {
	}

	@PostMapping("/staffing/switch")
	@Operation(summary = "Operators needed per half-hour of the average day of a period of switch data, beside those "
			+ "logged in, with the half-hours where the service level was lost (manager, administrators)")
	StaffingPlan switchStaffing(@RequestBody SwitchStaffingRequest request, StaffMember me) {
		staffing.requireAllowed(me);
		return switchData.plan(SwitchData.period(request.month(), request.from(), request.to()), request.queue(),
				request.thresholdSeconds(), request.targetPercent(), request.ahtSeconds(), request.shrinkagePercent(),
				me);
	}

	@PostMapping("/tickets/rebuild")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Build the ticket dashboards again from the tickets that exist (administrators)")
	DashboardRebuild.Rebuilt rebuild() {
		return rebuild.rebuild();
	}

}
