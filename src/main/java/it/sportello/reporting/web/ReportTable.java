package it.sportello.reporting.web;

import java.util.List;

import it.sportello.reporting.chart.SvgChart;
import org.jspecify.annotations.Nullable;

/**
 * One table of a dashboard as the page shows it, the CSV exports it, and its chart (null when the table is a few
 * figures that need none): the same rows for all three.
 *
 * @param id the table's name in URLs ({@code channels.csv}) and element ids
 */
record ReportTable(String id, String title, List<String> headers, List<List<String>> rows, @Nullable String svg) {

	static ReportTable bars(String id, String title, List<String> headers, List<List<String>> rows,
			List<SvgChart.Point> points) {
		return new ReportTable(id, title, headers, rows, SvgChart.bars(title, points));
	}

	static ReportTable line(String id, String title, List<String> headers, List<List<String>> rows,
			List<SvgChart.Point> points) {
		return new ReportTable(id, title, headers, rows, SvgChart.line(title, points));
	}

}
