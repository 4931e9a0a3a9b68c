package it.sportello.reporting.chart;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn on the server as SVG, so that the page, its print and a PDF show the same picture without
 * running a script: a bar chart and a line chart of labelled values. The chart is an image with a name
 * ({@code role="img"}, {@code aria-label}); the figures themselves are in the table the page shows beside it. Every
 * text is escaped; colours are presentation attributes (no inline style, which the Content-Security-Policy refuses).
 */
public final class SvgChart {

	/** One value of a chart, with its axis label. */
	public record Point(String label, double value) {
	}

	private static final int WIDTH = 640;

	private static final int HEIGHT = 240;

	private static final int LEFT = 48;

	private static final int BOTTOM = 40;

	private static final int TOP = 16;

	private static final String BAR = "#0066cc";

	private static final String AXIS = "#5c6f82";

	private SvgChart() {
	}

	/** A bar chart: one bar per point, in order. */
	public static String bars(String name, List<Point> points) {
		StringBuilder svg = open(name);
		double max = niceMax(points);
		axes(svg, max);
		int n = Math.max(points.size(), 1);
		double slot = (double) (WIDTH - LEFT - 8) / n;
		double barWidth = Math.max(slot * 0.7, 1);
		int every = labelStep(n);
		for (int i = 0; i < points.size(); i++) {
			Point p = points.get(i);
			double h = plotHeight() * p.value() / max;
			double x = LEFT + i * slot + (slot - barWidth) / 2;
			svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>", x, baseline() - h, barWidth, h, BAR, escape(p.label()), number(p.value())));
			if (i % every == 0) {
				label(svg, LEFT + i * slot + slot / 2, p.label());
			}
		}
		return svg.append("</svg>").toString();
	}

	/** A line chart: the points joined in order, each marked. */
	public static String line(String name, List<Point> points) {
		StringBuilder svg = open(name);
		double max = niceMax(points);
		axes(svg, max);
		int n = points.size();
		double step = n > 1 ? (double) (WIDTH - LEFT - 16) / (n - 1) : 0;
		StringBuilder path = new StringBuilder();
		int every = labelStep(n);
		for (int i = 0; i < n; i++) {
			Point p = points.get(i);
			double x = LEFT + 8 + i * step;
			double y = baseline() - plotHeight() * p.value() / max;
			path.append(i == 0 ? "M" : " L").append(f("%.1f %.1f", x, y));
			svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %s</title></circle>", x, y, BAR, escape(p.label()), number(p.value())));
			if (i % every == 0) {
				label(svg, x, p.label());
			}
		}
		if (n > 1) {
			svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(BAR)
				.append("\" stroke-width=\"2\"/>");
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String name) {
		return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(name))
			.append("\" class=\"report-chart\" font-family=\"sans-serif\" font-size=\"11\">");
	}

	private static void axes(StringBuilder svg, double max) {
		svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>", LEFT, TOP, LEFT, baseline(),
				AXIS));
		svg.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>", LEFT, baseline(), WIDTH - 4,
				baseline(), AXIS));
		for (int i = 0; i <= 4; i++) {
			double value = max * i / 4;
			double y = baseline() - plotHeight() * i / 4.0;
			svg.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"%s\">%s</text>", LEFT - 6, y + 4,
					AXIS, number(value)));
		}
	}

	private static void label(StringBuilder svg, double x, String text) {
		svg.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>", x,
				baseline() + 16, AXIS, escape(text)));
	}

	/** A round top for the scale: 1, 2 or 5 times a power of ten, at least the largest value (1 for none). */
	static double niceMax(List<Point> points) {
		double max = points.stream().mapToDouble(Point::value).max().orElse(0);
		if (max <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(max)));
		for (double m : new double[] { 1, 2, 5, 10 }) {
			if (m * power >= max) {
				return m * power;
			}
		}
		return 10 * power;
	}

	private static int labelStep(int n) {
		return Math.max(1, (int) Math.ceil(n / 12.0));
	}

	private static int baseline() {
		return HEIGHT - BOTTOM;
	}

	private static int plotHeight() {
		return baseline() - TOP;
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
