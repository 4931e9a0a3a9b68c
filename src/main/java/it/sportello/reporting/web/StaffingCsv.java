package it.sportello.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import it.sportello.reporting.staffing.StaffingPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The staffing plan's table as the CSV exports it: the page's columns (those of the switch's data only when the plan
 * has them), numbers with a dot and without units, so that a spreadsheet reads them as numbers.
 */
final class StaffingCsv {

	private StaffingCsv() {
	}

	static ReportTable table(StaffingPlan plan, MessageSource messages, Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String code : List.of("start", "calls", "erlangs", "needed", "scheduled", "sl", "asa")) {
			headers.add(messages.getMessage("staffing.col." + code, null, locale));
		}
		if (plan.measuresAgents()) {
			headers.add(messages.getMessage("staffing.col.logged-in", null, locale));
			headers.add(messages.getMessage("staffing.col.sl-logged-in", null, locale));
		}
		if (plan.measured() != null) {
			headers.add(messages.getMessage("staffing.col.sl-measured", null, locale));
		}
		List<List<String>> rows = new ArrayList<>();
		for (StaffingPlan.Interval i : plan.intervals()) {
			List<String> row = new ArrayList<>();
			row.add(i.start().toString());
			row.add(number(i.calls(), 1));
			row.add(number(i.trafficErlangs(), 2));
			row.add(Integer.toString(i.agentsNeeded()));
			row.add(Integer.toString(i.agentsToSchedule()));
			row.add(number(i.serviceLevelPercent(), 1));
			row.add(number(i.averageSpeedOfAnswerSeconds(), 1));
			if (plan.measuresAgents()) {
				row.add(i.agentsLoggedIn() == null ? "" : Integer.toString(i.agentsLoggedIn()));
				row.add(number(i.serviceLevelWithLoggedInPercent(), 1));
			}
			if (plan.measured() != null) {
				row.add(number(i.measuredServiceLevelPercent(), 1));
			}
			rows.add(row);
		}
		return new ReportTable("staffing", messages.getMessage("staffing.table", null, locale), headers, rows, null);
	}

	private static String number(@Nullable Double value, int decimals) {
		return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

}
