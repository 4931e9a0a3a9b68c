package it.sportello.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

import it.sportello.identity.StaffMember;
import it.sportello.reporting.chart.SvgChart;
import it.sportello.reporting.staffing.ManualForecast;
import it.sportello.reporting.staffing.StaffingAdvice;
import it.sportello.reporting.staffing.StaffingParameters;
import it.sportello.reporting.staffing.StaffingPlan;
import it.sportello.reporting.staffing.SwitchData;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staffing page: the manager types a forecast per half-hour (or a day's profile and its total), or chooses a
 * period and a queue of the phone switch's data, and reads the operators each half-hour needs. A GET form: computing
 * a plan changes nothing, and the address keeps the choice.
 */
@Controller
class StaffingPageController {

	/** What the form shows the first time: a working day's profile, from 08:00 to 18:00. */
	static final String EXAMPLE = """
			08:00 20
			08:30 35
			09:00 60
			09:30 75
			10:00 80
			10:30 78
			11:00 70
			11:30 62
			12:00 50
			12:30 38
			13:00 30
			13:30 28
			14:00 35
			14:30 45
			15:00 50
			15:30 48
			16:00 40
			16:30 30
			17:00 22
			17:30 15""";

	private final StaffingAdvice advice;

	private final SwitchData switchData;

	private final MessageSource messages;

	private final Clock clock;

	private final WorkingCalendar calendar;

	StaffingPageController(StaffingAdvice advice, SwitchData switchData, MessageSource messages, Clock clock,
			WorkingCalendar calendar) {
		this.advice = advice;
		this.switchData = switchData;
		this.messages = messages;
		this.clock = clock;
		this.calendar = calendar;
	}

	@GetMapping("/reports/staffing")
	String page(@RequestParam(required = false) @Nullable String profile,
			@RequestParam(required = false) @Nullable Double dailyTotal,
			@RequestParam(required = false) @Nullable Double ahtSeconds,
			@RequestParam(required = false) @Nullable Integer thresholdSeconds,
			@RequestParam(required = false) @Nullable Double targetPercent,
			@RequestParam(required = false) @Nullable Double shrinkagePercent,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String queue, StaffMember me, Locale locale, Model model,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		advice.requireAllowed(me);
		StaffingParameters defaults = advice.defaults();
		boolean fromSwitch = "switch".equals(source);
		model.addAttribute("source", fromSwitch ? "switch" : "forecast");
		model.addAttribute("profile", profile == null ? EXAMPLE : profile);
		model.addAttribute("dailyTotal", dailyTotal);
		model.addAttribute("ahtSeconds", ahtSeconds == null ? defaults.ahtSeconds() : ahtSeconds);
		model.addAttribute("shrinkagePercent", shrinkagePercent == null ? defaults.shrinkagePercent() : shrinkagePercent);
		if (fromSwitch) {
			// Blank: the telephone report's threshold and target.
			model.addAttribute("thresholdSeconds", thresholdSeconds);
			model.addAttribute("targetPercent", targetPercent);
			model.addAttribute("queues", switchData.queues(me));
			model.addAttribute("queue", queue);
			model.addAttribute("month", month != null ? month
					: from == null ? YearMonth.now(clock.withZone(calendar.zone())).minusMonths(1).toString() : null);
			model.addAttribute("from", from);
			model.addAttribute("to", to);
		}
		else {
			model.addAttribute("thresholdSeconds",
					thresholdSeconds == null ? defaults.thresholdSeconds() : thresholdSeconds);
			model.addAttribute("targetPercent", targetPercent == null ? defaults.targetPercent() : targetPercent);
		}
		boolean asked = fromSwitch ? month != null || from != null : profile != null;
		if (!asked) {
			return "reporting/staffing";
		}
		try {
			StaffingPlan plan = plan(fromSwitch, profile, dailyTotal, ahtSeconds, thresholdSeconds, targetPercent,
					shrinkagePercent, month, from, to, queue, me);
			model.addAttribute("plan", plan);
			// The same parameters for the CSV's link.
			org.springframework.web.util.UriComponentsBuilder query = org.springframework.web.util.UriComponentsBuilder
				.fromPath("");
			request.getParameterMap().forEach((name, values) -> query.queryParam(name, (Object[]) values));
			model.addAttribute("csvQuery", query.encode().build().getQuery());
			model.addAttribute("chart", SvgChart.bars(messages.getMessage("staffing.chart", null, locale),
					plan.intervals()
						.stream()
						.map(i -> new SvgChart.Point(i.start().toString(), i.agentsNeeded()))
						.toList()));
		}
		catch (InvalidInputException refused) {
			// Shown beside the field it names, the form kept as typed.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorField", refused.field());
			model.addAttribute("error", messages.getMessage(refused.code(), refused.args(), locale));
		}
		return "reporting/staffing";
	}

	/**
	 * The same plan as the page's, as CSV (the table of operators per half-hour): the page's address with
	 * {@code .csv}. Bad input answers a problem detail (400), like the API.
	 */
	@GetMapping("/reports/staffing.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String profile,
			@RequestParam(required = false) @Nullable Double dailyTotal,
			@RequestParam(required = false) @Nullable Double ahtSeconds,
			@RequestParam(required = false) @Nullable Integer thresholdSeconds,
			@RequestParam(required = false) @Nullable Double targetPercent,
			@RequestParam(required = false) @Nullable Double shrinkagePercent,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String queue, StaffMember me, Locale locale) {
		advice.requireAllowed(me);
		boolean fromSwitch = "switch".equals(source);
		StaffingPlan plan = plan(fromSwitch, fromSwitch || profile != null ? profile : EXAMPLE, dailyTotal, ahtSeconds,
				thresholdSeconds, targetPercent, shrinkagePercent,
				fromSwitch && month == null && from == null
						? YearMonth.now(clock.withZone(calendar.zone())).minusMonths(1).toString() : month,
				from, to, queue, me);
		return Csv.download(StaffingCsv.table(plan, messages, locale), "dimensionamento.csv");
	}

	private StaffingPlan plan(boolean fromSwitch, @Nullable String profile, @Nullable Double dailyTotal,
			@Nullable Double ahtSeconds, @Nullable Integer thresholdSeconds, @Nullable Double targetPercent,
			@Nullable Double shrinkagePercent, @Nullable String month, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String queue, StaffMember me) {
		if (fromSwitch) {
			return switchData.plan(SwitchData.period(month, from, to), queue, thresholdSeconds, targetPercent,
					ahtSeconds, shrinkagePercent, me);
		}
		StaffingParameters defaults = advice.defaults();
		StaffingParameters parameters = new StaffingParameters(ahtSeconds == null ? defaults.ahtSeconds() : ahtSeconds,
				thresholdSeconds == null ? defaults.thresholdSeconds() : thresholdSeconds,
				targetPercent == null ? defaults.targetPercent() : targetPercent,
				shrinkagePercent == null ? defaults.shrinkagePercent() : shrinkagePercent);
		return advice.plan(ManualForecast.parse(Objects.requireNonNull(profile), dailyTotal), parameters, me);
	}

}
