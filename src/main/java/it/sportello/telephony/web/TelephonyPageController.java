package it.sportello.telephony.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import it.sportello.identity.StaffMember;
import it.sportello.shared.DomainException;
import it.sportello.telephony.CallImportReport;
import it.sportello.telephony.Telephony;
import it.sportello.telephony.internal.MonthlyReportJob;
import it.sportello.telephony.internal.ReportDocument;
import it.sportello.telephony.internal.ReportExports;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The telephone report's page, its downloads, the stored monthly PDFs and the import page. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
class TelephonyPageController {

	private final Telephony telephony;

	private final ReportDocument document;

	private final ReportExports exports;

	private final MonthlyReportJob monthly;

	private final Clock clock;

	TelephonyPageController(Telephony telephony, ReportDocument document, ReportExports exports,
			MonthlyReportJob monthly, Clock clock) {
		this.telephony = telephony;
		this.document = document;
		this.exports = exports;
		this.monthly = monthly;
		this.clock = clock;
	}

	@GetMapping("/reports/telephone")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String queue, Locale locale, Model model) {
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		LocalDate start = from != null ? from : last.atDay(1);
		LocalDate end = to != null ? to : last.atEndOfMonth();
		String q = TelephonyApiController.blankToNull(queue);
		model.addAllAttributes(document.model(telephony.report(start, end, q), locale));
		model.addAttribute("queues", telephony.queues());
		model.addAttribute("monthlyPdfs", monthly.storedMonths());
		model.addAttribute("tableNames", ReportExports.TABLES);
		return "telephony/report";
	}

	@GetMapping("/reports/telephone/monthly/{month}.pdf")
	ResponseEntity<byte[]> storedPdf(@PathVariable String month) {
		YearMonth m;
		try {
			m = YearMonth.parse(month);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new it.sportello.shared.NotFoundException("telephony.monthly.not-found", month);
		}
		return TelephonyApiController.download(MediaType.APPLICATION_PDF, "telefono-" + m + ".pdf", monthly.stored(m));
	}

	@GetMapping("/reports/telephone/export.csv")
	ResponseEntity<String> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String queue, @RequestParam(defaultValue = "total") String table,
			Locale locale) {
		return TelephonyApiController.download(TelephonyApiController.CSV,
				"telefono-" + from + "-" + to + "-" + table + ".csv",
				exports.csv(telephony.report(from, to, TelephonyApiController.blankToNull(queue)), table, locale));
	}

	@GetMapping("/reports/telephone/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String queue, Locale locale) {
		return TelephonyApiController.download(TelephonyApiController.XLSX, "telefono-" + from + "-" + to + ".xlsx",
				exports.xlsx(telephony.report(from, to, TelephonyApiController.blankToNull(queue)), locale));
	}

	@GetMapping("/reports/telephone/export.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String queue, Locale locale) {
		return TelephonyApiController.download(MediaType.APPLICATION_PDF, "telefono-" + from + "-" + to + ".pdf",
				document.pdf(telephony.report(from, to, TelephonyApiController.blankToNull(queue)), locale));
	}

	@GetMapping("/telephony/imports")
	String importPage() {
		return "telephony/import";
	}

	/**
	 * The upload: the page's script sends it with a progress bar and asks for the report alone
	 * ({@code X-Fragment}); without the script the form posts and the whole page comes back with the report.
	 */
	@PostMapping("/telephony/imports")
	String upload(@RequestParam("file") MultipartFile file,
			@RequestHeader(name = "X-Fragment", required = false) @Nullable String fragment, StaffMember me,
			Locale locale, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("error", "telephony.import.empty");
		}
		else {
			try (InputStream in = file.getInputStream()) {
				CallImportReport report = telephony.importCalls(TelephonyApiController.name(file.getOriginalFilename()),
						in, me.username(), locale);
				model.addAttribute("result", report);
			}
			catch (DomainException refused) {
				model.addAttribute("error", refused.code());
				model.addAttribute("errorArgs", refused.args());
			}
		}
		return fragment != null ? "telephony/import :: result" : "telephony/import";
	}

}
