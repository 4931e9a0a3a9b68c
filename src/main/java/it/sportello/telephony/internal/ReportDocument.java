package it.sportello.telephony.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import it.sportello.shared.pdf.PdfTemplates;
import it.sportello.telephony.TelephoneReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The model of the report's template ({@code telephony/report-document}): the report, its charts as SVG and its
 * tables. The page shows the template's fragments, the PDF renders it whole: one layout for both.
 */
@Component
public class ReportDocument {

	private final MessageSource messages;

	private final ReportExports exports;

	private final PdfTemplates pdf;

	ReportDocument(MessageSource messages, ReportExports exports, PdfTemplates pdf) {
		this.messages = messages;
		this.exports = exports;
		this.pdf = pdf;
	}

	public Map<String, Object> model(TelephoneReport report, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("report", report);
		String[] weekdays = new String[7];
		for (int i = 0; i < 7; i++) {
			weekdays[i] = DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, locale);
		}
		model.put("weekdayNames", weekdays);
		model.put("chartDaily", ReportCharts.daily(report, message("telephony.chart.daily", locale),
				message("telephony.chart.daily.desc", locale),
				new String[] { message("telephony.column.answered", locale), message("telephony.column.unanswered", locale),
						message("telephony.column.serviceLevelPercent", locale) }));
		model.put("chartHeat", ReportCharts.heatMap(report, message("telephony.chart.heat", locale),
				message("telephony.chart.heat.desc", locale), weekdays));
		model.put("chartWaits", ReportCharts.waits(report, message("telephony.chart.waits", locale),
				message("telephony.chart.waits.desc", locale),
				new String[] { message("telephony.column.answered", locale), message("telephony.column.unanswered", locale),
						"T = " + report.thresholdSeconds() + " s" }));
		model.put("tables", exports.tables(report, locale));
		return model;
	}

	public byte[] pdf(TelephoneReport report, Locale locale) {
		return pdf.render("telephony/report-document", model(report, locale), locale);
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
