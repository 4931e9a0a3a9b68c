package it.sportello.telephony.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.shared.NotFoundException;
import it.sportello.shared.importing.FormulaGuard;
import it.sportello.telephony.CallFigures;
import it.sportello.telephony.TelephoneReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every table of the telephone report (total, queues, days, half-hours, weekdays, waits, 12-month trend) as CSV
 * (one table a file, {@code ;}-separated, values guarded against formulas) or as one XLSX workbook with a sheet
 * per table, numbers as numbers.
 */
@Component
public class ReportExports {

	public static final List<String> TABLES = List.of("total", "queues", "days", "intervals", "weekdays", "waits",
			"trend");

	private static final List<String> FIGURES = List.of("offered", "answered", "answeredWithinThreshold",
			"answeredAfterThreshold", "unanswered", "shortAbandoned", "abandoned", "timedOut", "exitedEmpty",
			"exitedWithKey", "transferred", "serviceLevelPercent", "targetMet", "averageWaitSeconds",
			"averageSpeedOfAnswerSeconds", "maxWaitSeconds", "maxWaitUnansweredSeconds", "averageTalkSeconds",
			"abandonRatePercent", "pending");

	private final MessageSource messages;

	ReportExports(MessageSource messages) {
		this.messages = messages;
	}

	/** A table: its header and rows of values (String, Number, Boolean or null). */
	public record Table(String name, List<String> header, List<List<Object>> rows) {
	}

	public Map<String, Table> tables(TelephoneReport report, Locale locale) {
		Map<String, Table> tables = new LinkedHashMap<>();
		tables.put("total", figures("total", List.of(label("queue", locale)),
				List.of(new Keyed(List.of(label("all", locale)), report.total())), locale));
		tables.put("queues", figures("queues", List.of(label("queue", locale)),
				report.queues().stream().map(q -> new Keyed(List.of(q.queue()), q.figures())).toList(), locale));
		tables.put("days", figures("days", List.of(label("day", locale)),
				report.days().stream().map(d -> new Keyed(List.of(d.day().toString()), d.figures())).toList(), locale));
		tables.put("intervals", figures("intervals", List.of(label("interval", locale)),
				report.intervals().stream().map(i -> new Keyed(List.of(i.start()), i.figures())).toList(), locale));
		List<Keyed> weekdays = new ArrayList<>();
		for (TelephoneReport.WeekdayRow w : report.weekdays()) {
			String day = DayOfWeek.of(w.weekday()).getDisplayName(TextStyle.FULL, locale);
			for (TelephoneReport.IntervalRow i : w.intervals()) {
				weekdays.add(new Keyed(List.of(day, i.start()), i.figures()));
			}
		}
		tables.put("weekdays", figures("weekdays", List.of(label("weekday", locale), label("interval", locale)),
				weekdays, locale));
		tables.put("waits", new Table("waits", List.of(label("wait-from", locale), label("wait-to", locale),
				label("answered", locale), label("unanswered", locale)), report.waits()
					.stream()
					.map(b -> List.<Object>of(b.fromSeconds(), b.toSeconds() == null ? "" : b.toSeconds(), b.answered(),
							b.unanswered()))
					.toList()));
		tables.put("trend", new Table("trend", List.of(label("month", locale), label("offered", locale),
				label("answeredWithinThreshold", locale), label("shortAbandoned", locale),
				label("serviceLevelPercent", locale), label("targetMet", locale)), report.trend()
					.stream()
					.map(m -> {
						List<Object> row = new ArrayList<>();
						row.add(m.month().toString());
						row.add(m.offered());
						row.add(m.answeredWithinThreshold());
						row.add(m.shortAbandoned());
						row.add(m.serviceLevelPercent());
						row.add(m.targetMet());
						return row;
					})
					.toList()));
		return tables;
	}

	private record Keyed(List<String> keys, CallFigures figures) {
	}

	private Table figures(String name, List<String> keyHeader, List<Keyed> rows, Locale locale) {
		List<String> header = new ArrayList<>(keyHeader);
		FIGURES.forEach(f -> header.add(label(f, locale)));
		List<List<Object>> values = new ArrayList<>();
		for (Keyed row : rows) {
			List<Object> line = new ArrayList<>(row.keys());
			CallFigures f = row.figures();
			line.addAll(java.util.Arrays.asList(f.offered(), f.answered(), f.answeredWithinThreshold(),
					f.answeredAfterThreshold(), f.unanswered(), f.shortAbandoned(), f.abandoned(), f.timedOut(),
					f.exitedEmpty(), f.exitedWithKey(), f.transferred(), f.serviceLevelPercent(), f.targetMet(),
					f.averageWaitSeconds(), f.averageSpeedOfAnswerSeconds(), f.maxWaitSeconds(),
					f.maxWaitUnansweredSeconds(), f.averageTalkSeconds(), f.abandonRatePercent(), f.pending()));
			values.add(line);
		}
		return new Table(name, header, values);
	}

	private String label(String key, Locale locale) {
		return messages.getMessage("telephony.column." + key, null, key, locale);
	}

	public String csv(TelephoneReport report, String table, Locale locale) {
		Table t = tables(report, locale).get(table);
		if (t == null) {
			throw new NotFoundException("telephony.report.unknown-table", table);
		}
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
			printer.printRecord(t.header());
			for (List<Object> row : t.rows()) {
				printer.printRecord(row.stream().map(v -> FormulaGuard.protect(text(v, locale))).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private String text(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean yes) {
			return messages.getMessage(yes ? "telephony.yes" : "telephony.no", null, locale);
		}
		if (value instanceof Double d) {
			// Spreadsheets in Italian read a decimal comma.
			return String.format(locale, "%.2f", d);
		}
		return value.toString();
	}

	public byte[] xlsx(TelephoneReport report, Locale locale) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			for (Table t : tables(report, locale).values()) {
				Sheet sheet = workbook.createSheet(t.name());
				Row head = sheet.createRow(0);
				for (int c = 0; c < t.header().size(); c++) {
					head.createCell(c).setCellValue(t.header().get(c));
				}
				int r = 1;
				for (List<Object> values : t.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object v = values.get(c);
						Cell cell = row.createCell(c);
						if (v instanceof Number n) {
							cell.setCellValue(n.doubleValue());
						}
						else if (v != null) {
							cell.setCellValue(text(v, locale));
						}
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
