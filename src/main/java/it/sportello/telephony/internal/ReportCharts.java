package it.sportello.telephony.internal;

import java.util.List;
import java.util.Locale;

import it.sportello.telephony.CallFigures;
import it.sportello.telephony.TelephoneReport;
import it.sportello.telephony.TelephoneReport.DayRow;
import it.sportello.telephony.TelephoneReport.WaitBucket;
import org.springframework.web.util.HtmlUtils;

/**
 * The report's charts, drawn here as SVG so that the page, its printout and the PDF show the same picture (the PDF
 * renderer runs no JavaScript). Each chart has a title and a description; the page puts its data table beside it
 * for screen readers. Every text put in the SVG is escaped.
 */
public final class ReportCharts {

	private static final String ANSWERED = "#0066cc";

	private static final String UNANSWERED = "#d9364f";

	private static final String LEVEL = "#1a1a1a";

	private ReportCharts() {
	}

	/** Answered and unanswered calls per day (stacked bars), the service level per day (line) and the target. */
	public static String daily(TelephoneReport report, String title, String description, String[] legend) {
		List<DayRow> days = report.days();
		int width = 720;
		int height = 260;
		int left = 48;
		int right = 44;
		int top = 20;
		int bottom = 40;
		int plotW = width - left - right;
		int plotH = height - top - bottom;
		long max = Math.max(1, days.stream().mapToLong(d -> d.figures().offered()).max().orElse(1));
		long scale = niceCeiling(max);
		StringBuilder svg = open(width, height, "chart-daily", title, description);
		axisY(svg, left, top, plotW, plotH, scale, false);
		axisY(svg, left + plotW, top, 0, plotH, 100, true);
		double step = (double) plotW / Math.max(1, days.size());
		double bar = Math.max(1, step * 0.7);
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < days.size(); i++) {
			CallFigures f = days.get(i).figures();
			double x = left + i * step + (step - bar) / 2;
			double hA = plotH * (double) f.answered() / scale;
			double hU = plotH * (double) f.unanswered() / scale;
			rect(svg, x, top + plotH - hA, bar, hA, ANSWERED);
			rect(svg, x, top + plotH - hA - hU, bar, hU, UNANSWERED);
			if (f.serviceLevelPercent() != null) {
				double y = top + plotH * (1 - f.serviceLevelPercent() / 100);
				line.append(line.isEmpty() ? "M" : " L").append(fmt(x + bar / 2)).append(' ').append(fmt(y));
			}
			if (days.size() <= 31 && (i % Math.max(1, days.size() / 10) == 0 || i == days.size() - 1)) {
				text(svg, x + bar / 2, top + plotH + 14, "middle", String.valueOf(days.get(i).day().getDayOfMonth()));
			}
		}
		double targetY = top + plotH * (1 - report.targetPercent() / 100);
		svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"")
			.append(fmt(targetY)).append("\" y2=\"").append(fmt(targetY))
			.append("\" stroke=\"").append(LEVEL).append("\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>");
		if (!line.isEmpty()) {
			svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"").append(LEVEL)
				.append("\" stroke-width=\"2\"/>");
		}
		legend(svg, left, height - 10, legend, new String[] { ANSWERED, UNANSWERED, LEVEL });
		return svg.append("</svg>").toString();
	}

	/** Calls offered by weekday (rows) and half-hour (columns): the darker, the more calls. */
	public static String heatMap(TelephoneReport report, String title, String description, String[] weekdayNames) {
		int cell = 13;
		int left = 40;
		int top = 10;
		int width = left + 48 * cell + 10;
		int height = top + 7 * cell + 30;
		long max = 1;
		for (TelephoneReport.WeekdayRow w : report.weekdays()) {
			for (TelephoneReport.IntervalRow i : w.intervals()) {
				max = Math.max(max, i.figures().offered());
			}
		}
		StringBuilder svg = open(width, height, "chart-heat", title, description);
		for (TelephoneReport.WeekdayRow w : report.weekdays()) {
			int y = top + (w.weekday() - 1) * cell;
			text(svg, left - 4, y + cell - 3, "end", weekdayNames[w.weekday() - 1]);
			for (TelephoneReport.IntervalRow i : w.intervals()) {
				double share = (double) i.figures().offered() / max;
				// From white to the report's blue.
				int r = (int) Math.round(255 - share * (255 - 0x00));
				int g = (int) Math.round(255 - share * (255 - 0x44));
				int b = (int) Math.round(255 - share * (255 - 0x99));
				svg.append("<rect x=\"").append(left + i.halfHour() * cell).append("\" y=\"").append(y)
					.append("\" width=\"").append(cell - 1).append("\" height=\"").append(cell - 1)
					.append("\" fill=\"").append(String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b))
					.append("\" stroke=\"#c5c7c9\" stroke-width=\"0.5\"/>");
			}
		}
		for (int h = 0; h < 48; h += 4) {
			text(svg, left + h * cell, top + 7 * cell + 14, "start", String.format(Locale.ROOT, "%02d", h / 2));
		}
		return svg.append("</svg>").toString();
	}

	/** How long calls waited, answered and unanswered, in steps of 10 s; a dashed line at T. */
	public static String waits(TelephoneReport report, String title, String description, String[] legend) {
		List<WaitBucket> buckets = report.waits();
		int width = 720;
		int height = 240;
		int left = 48;
		int top = 20;
		int bottom = 40;
		int plotW = width - left - 20;
		int plotH = height - top - bottom;
		long max = Math.max(1, buckets.stream().mapToLong(b -> b.answered() + b.unanswered()).max().orElse(1));
		long scale = niceCeiling(max);
		StringBuilder svg = open(width, height, "chart-waits", title, description);
		axisY(svg, left, top, plotW, plotH, scale, false);
		double step = (double) plotW / buckets.size();
		for (int i = 0; i < buckets.size(); i++) {
			WaitBucket b = buckets.get(i);
			double x = left + i * step + 1;
			double hA = plotH * (double) b.answered() / scale;
			double hU = plotH * (double) b.unanswered() / scale;
			rect(svg, x, top + plotH - hA, step - 2, hA, ANSWERED);
			rect(svg, x, top + plotH - hA - hU, step - 2, hU, UNANSWERED);
			if (i % 3 == 0) {
				text(svg, x, top + plotH + 14, "start", b.fromSeconds() + "s");
			}
		}
		double tx = left + step * report.thresholdSeconds() / 10.0;
		svg.append("<line x1=\"").append(fmt(tx)).append("\" x2=\"").append(fmt(tx)).append("\" y1=\"").append(top)
			.append("\" y2=\"").append(top + plotH).append("\" stroke=\"").append(LEVEL)
			.append("\" stroke-dasharray=\"4 3\"/>");
		legend(svg, left, height - 10, legend, new String[] { ANSWERED, UNANSWERED, LEVEL });
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(int width, int height, String id, String title, String description) {
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id)
			.append("-d\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\" class=\"report-chart\">")
			.append("<title id=\"").append(id).append("-t\">").append(HtmlUtils.htmlEscape(title)).append("</title>")
			.append("<desc id=\"").append(id).append("-d\">").append(HtmlUtils.htmlEscape(description))
			.append("</desc>");
		return svg;
	}

	private static void axisY(StringBuilder svg, int x, int top, int plotW, int plotH, long scale, boolean right) {
		for (int i = 0; i <= 4; i++) {
			double y = top + plotH - plotH * i / 4.0;
			String label = String.valueOf(scale * i / 4) + (right ? "%" : "");
			if (!right) {
				svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x + plotW).append("\" y1=\"")
					.append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d4d9\" stroke-width=\"0.5\"/>");
			}
			text(svg, right ? x + 4 : x - 4, y + 3, right ? "start" : "end", label);
		}
	}

	private static void legend(StringBuilder svg, int x, int y, String[] labels, String[] colours) {
		int at = x;
		for (int i = 0; i < labels.length; i++) {
			rect(svg, at, y - 8, 10, 10, colours[i]);
			text(svg, at + 14, y, "start", labels[i]);
			at += 24 + labels[i].length() * 6;
		}
	}

	private static void rect(StringBuilder svg, double x, double y, double w, double h, String fill) {
		if (h <= 0) {
			return;
		}
		svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w))
			.append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(fill).append("\"/>");
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
		svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"")
			.append(anchor).append("\" fill=\"#1a1a1a\">").append(HtmlUtils.htmlEscape(text)).append("</text>");
	}

	private static long niceCeiling(long max) {
		long magnitude = 1;
		while (magnitude * 10 <= max) {
			magnitude *= 10;
		}
		for (long factor : new long[] { 1, 2, 4, 5, 10 }) {
			if (factor * magnitude >= max) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
