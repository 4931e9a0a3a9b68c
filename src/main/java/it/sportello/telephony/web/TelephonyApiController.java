package it.sportello.telephony.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.shared.InvalidInputException;
import it.sportello.telephony.CallImportReport;
import it.sportello.telephony.TelephoneReport;
import it.sportello.telephony.Telephony;
import it.sportello.telephony.internal.ReportDocument;
import it.sportello.telephony.internal.ReportExports;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Switch data import and the telephone report, for the contact center's manager and administrators. */
@RestController
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
@Tag(name = "Telephony", description = "Phone-switch data (Asterisk queue_log, CDR, generic CSV) and the telephone report")
class TelephonyApiController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Telephony telephony;

	private final ReportExports exports;

	private final ReportDocument document;

	TelephonyApiController(Telephony telephony, ReportExports exports, ReportDocument document) {
		this.telephony = telephony;
		this.exports = exports;
		this.document = document;
	}

	@PostMapping(path = "/api/v1/telephony/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a file of switch data sent as the multipart part 'file'",
			description = "queue_log, CDR Master.csv or the generic CSV, gzip-compressed or not, up to sportello.http.max-import-size (2 GB); streamed. Idempotent: lines imported before count once.")
	CallImportReport importPart(@RequestParam("file") MultipartFile file, StaffMember me, Locale locale)
			throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", "telephony.import.empty");
		}
		try (InputStream in = file.getInputStream()) {
			return telephony.importCalls(name(file.getOriginalFilename()), in, me.username(), locale);
		}
	}

	@PostMapping(path = "/api/v1/telephony/imports",
			consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE, "text/csv",
					"application/gzip" })
	@Operation(summary = "Import a file of switch data sent as the request body",
			description = "The file's name may be given in the header X-File-Name. Same formats and answer as the multipart form.")
	CallImportReport importBody(HttpServletRequest request,
			@RequestHeader(name = "X-File-Name", required = false) @Nullable String fileName, StaffMember me,
			Locale locale) throws IOException {
		if (request.getContentLengthLong() == 0) {
			throw new InvalidInputException("file", "telephony.import.empty");
		}
		return telephony.importCalls(name(fileName), request.getInputStream(), me.username(), locale);
	}

	static String name(@Nullable String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "queue_log";
		}
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	@GetMapping("/api/v1/reports/telephone")
	@Operation(summary = "The telephone report of a period (local dates, both included), all queues or one")
	TelephoneReport report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String queue) {
		return telephony.report(from, to, blankToNull(queue));
	}

	@GetMapping("/api/v1/reports/telephone.csv")
	@Operation(summary = "One table of the report as CSV: total, queues, days, intervals, weekdays, waits or trend")
	ResponseEntity<String> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String queue, @RequestParam(defaultValue = "total") String table,
			Locale locale) {
		String csv = exports.csv(telephony.report(from, to, blankToNull(queue)), table, locale);
		return download(CSV, "telefono-" + from + "-" + to + "-" + table + ".csv", csv);
	}

	@GetMapping("/api/v1/reports/telephone.xlsx")
	@Operation(summary = "Every table of the report as one XLSX workbook")
	ResponseEntity<byte[]> xlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String queue, Locale locale) {
		return download(XLSX, "telefono-" + from + "-" + to + ".xlsx",
				exports.xlsx(telephony.report(from, to, blankToNull(queue)), locale));
	}

	@GetMapping("/api/v1/reports/telephone.pdf")
	@Operation(summary = "The report as a tagged PDF (title, period, summary, service level box, charts, tables)")
	ResponseEntity<byte[]> pdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String queue, Locale locale) {
		return download(MediaType.APPLICATION_PDF, "telefono-" + from + "-" + to + ".pdf",
				document.pdf(telephony.report(from, to, blankToNull(queue)), locale));
	}

	static <T> ResponseEntity<T> download(MediaType type, String name, T body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
