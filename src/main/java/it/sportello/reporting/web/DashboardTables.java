package it.sportello.reporting.web;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.identity.KnownDepartments;
import it.sportello.reporting.chart.SvgChart.Point;
import it.sportello.reporting.tickets.TicketDashboard;
import it.sportello.reporting.tickets.TicketDashboard.CloseTime;
import it.sportello.reporting.tickets.TicketDashboard.Count;
import it.sportello.reporting.tickets.TicketDashboard.DepartmentFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboards' tables in the reader's language, each with its chart: what the page shows and the CSV exports. */
@Component
class DashboardTables {

	static final List<String> IDS = List.of("summary", "days", "channels", "categories", "hours", "resolution",
			"time-to-close", "escalations", "departments", "searches");

	private final MessageSource messages;

	private final KnownDepartments departments;

	DashboardTables(MessageSource messages, KnownDepartments departments) {
		this.messages = messages;
		this.departments = departments;
	}

	/**
	 * @param searches the topics searched but not found, most frequent first; null when the dashboard is one
	 * department's (searches belong to no department) and the table is left out
	 */
	List<ReportTable> all(TicketDashboard d, @Nullable List<Count> searches, Locale locale) {
		Text t = new Text(locale);
		List<ReportTable> tables = new ArrayList<>();
		tables.add(new ReportTable("summary", t.m("reports.summary"), List.of(t.m("reports.figure"), t.m("reports.value")),
				List.of(List.of(t.m("reports.opened"), t.n(d.opened())), List.of(t.m("reports.closed"), t.n(d.closed())),
						List.of(t.m("reports.first-level-share"), t.percent(d.firstLevelPercent())),
						List.of(t.m("reports.to-back-office"), t.n(d.escalationsToBackOffice()))),
				null));
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
		tables.add(ReportTable.line("days", t.m("reports.days"),
				List.of(t.m("reports.day"), t.m("reports.opened"), t.m("reports.closed")),
				d.days().stream().map(day -> List.of(date.format(day.day()), t.n(day.opened()), t.n(day.closed()))).toList(),
				d.days().stream().map(day -> new Point(date.format(day.day()), day.opened())).toList()));
		tables.add(counts("channels", t.m("reports.channels"), t.m("reports.channel"), d.channels(),
				c -> t.m("ticket.channel." + c), t));
		tables.add(counts("categories", t.m("reports.categories"), t.m("reports.category"), d.categories(), c -> c, t));
		tables.add(counts("hours", t.m("reports.hours"), t.m("reports.hour"), d.hours(), h -> h + ":00", t));
		List<List<String>> resolution = new ArrayList<>();
		List<Point> resolutionPoints = new ArrayList<>();
		for (CloseTime c : d.timeToClose()) {
			double share = d.closed() == 0 ? 0 : Math.round(1000.0 * c.closed() / d.closed()) / 10.0;
			resolution.add(List.of(t.m("ticket.level." + c.level()), t.n(c.closed()), t.percent(share)));
			resolutionPoints.add(new Point(t.m("ticket.level." + c.level()), share));
		}
		tables.add(ReportTable.bars("resolution", t.m("reports.resolution"),
				List.of(t.m("reports.level"), t.m("reports.closed"), t.m("reports.share")), resolution, resolutionPoints));
		tables.add(ReportTable.bars("time-to-close", t.m("reports.time-to-close"),
				List.of(t.m("reports.level"), t.m("reports.closed"), t.m("reports.median-hours"), t.m("reports.p90-hours")),
				d.timeToClose().stream()
					.map(c -> List.of(t.m("ticket.level." + c.level()), t.n(c.closed()), t.hours(c.medianSeconds()),
							t.hours(c.p90Seconds())))
					.toList(),
				d.timeToClose().stream()
					.map(c -> new Point(t.m("ticket.level." + c.level()),
							c.medianSeconds() == null ? 0 : Math.round(c.medianSeconds() / 360.0) / 10.0))
					.toList()));
		Map<String, String> names = departments.namesByCode();
		List<List<String>> escalations = new ArrayList<>();
		List<Point> escalationPoints = new ArrayList<>();
		escalations.add(List.of(t.m("ticket.level.BACK_OFFICE"), t.n(d.escalationsToBackOffice())));
		escalationPoints.add(new Point(t.m("ticket.level.BACK_OFFICE"), d.escalationsToBackOffice()));
		for (DepartmentFigures f : d.departments()) {
			escalations.add(List.of(names.getOrDefault(f.department(), f.department()), t.n(f.escalations())));
			escalationPoints.add(new Point(f.department(), f.escalations()));
		}
		tables.add(ReportTable.bars("escalations", t.m("reports.escalations"),
				List.of(t.m("reports.escalated-to"), t.m("reports.escalations-count")), escalations, escalationPoints));
		tables.add(ReportTable.bars("departments", t.m("reports.departments"),
				List.of(t.m("reports.department"), t.m("reports.open"), t.m("reports.overdue"), t.m("reports.reminders")),
				d.departments().stream()
					.map(f -> List.of(names.getOrDefault(f.department(), f.department()), t.n(f.open()), t.n(f.overdue()),
							t.n(f.reminders())))
					.toList(),
				d.departments().stream().map(f -> new Point(f.department(), f.open())).toList()));
		if (searches != null) {
			tables.add(counts("searches", t.m("reports.searches"), t.m("reports.search-text"), searches, s -> s, t,
					t.m("reports.searches-count")));
		}
		return tables;
	}

	private static ReportTable counts(String id, String title, String keyHeader, List<Count> counts,
			java.util.function.Function<String, String> label, Text t) {
		return counts(id, title, keyHeader, counts, label, t, t.m("reports.tickets"));
	}

	private static ReportTable counts(String id, String title, String keyHeader, List<Count> counts,
			java.util.function.Function<String, String> label, Text t, String countHeader) {
		return ReportTable.bars(id, title, List.of(keyHeader, countHeader),
				counts.stream().map(c -> List.of(label.apply(c.key()), t.n(c.count()))).toList(),
				counts.stream().map(c -> new Point(label.apply(c.key()), c.count())).toList());
	}

	/** Labels and numbers in the reader's language. */
	private final class Text {

		private final Locale locale;

		private final NumberFormat decimal;

		Text(Locale locale) {
			this.locale = locale;
			this.decimal = NumberFormat.getNumberInstance(locale);
			this.decimal.setMaximumFractionDigits(1);
		}

		String m(String code) {
			return messages.getMessage(code, null, code, locale);
		}

		String n(long value) {
			return decimal.format(value);
		}

		String percent(@Nullable Double value) {
			return value == null ? m("reports.none") : decimal.format(value) + " %";
		}

		String hours(@Nullable Long seconds) {
			return seconds == null ? m("reports.none") : decimal.format(seconds / 3600.0);
		}

	}

}
