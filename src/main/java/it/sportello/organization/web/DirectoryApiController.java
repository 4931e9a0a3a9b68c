package it.sportello.organization.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.organization.ImportOptions;
import it.sportello.organization.ImportReport;
import it.sportello.organization.internal.DirectoryExport;
import it.sportello.organization.internal.DirectoryFiles;
import it.sportello.organization.internal.DirectoryImport;
import it.sportello.organization.internal.OrganizationProperties;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Import and export of the whole directory in its CSV format, for administrators. */
@RestController
@RequestMapping("/api/v1/directory")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Directory import/export", description = "The three CSV files of the structure and the phone directory")
class DirectoryApiController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final DirectoryImport directoryImport;

	private final DirectoryExport export;

	private final OrganizationProperties properties;

	private final MessageSource messages;

	DirectoryApiController(DirectoryImport directoryImport, DirectoryExport export, OrganizationProperties properties,
			MessageSource messages) {
		this.directoryImport = directoryImport;
		this.export = export;
		this.properties = properties;
		this.messages = messages;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import departments.csv, offices.csv and employees.csv (parts named so, or one part 'zip')",
			description = "dryRun=true (the default) only checks and reports. A real run is all-or-nothing: with problems it answers 422 and writes nothing. removeMissing deletes records no longer in the files.")
	ResponseEntity<ImportReportResponse> importFiles(@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean removeMissing,
			@RequestParam(name = "departments", required = false) @Nullable MultipartFile departments,
			@RequestParam(name = "offices", required = false) @Nullable MultipartFile offices,
			@RequestParam(name = "employees", required = false) @Nullable MultipartFile employees,
			@RequestParam(name = "zip", required = false) @Nullable MultipartFile zip, StaffMember me, Locale locale) {
		DirectoryFiles files = zip != null && !zip.isEmpty() ? DirectoryFiles.fromZip(bytes(zip), properties.importZip())
				: new DirectoryFiles(bytes(departments), bytes(offices), bytes(employees));
		ImportReport report = directoryImport.run(files, new ImportOptions(dryRun, removeMissing), me.username());
		HttpStatus status = !dryRun && report.hasProblems() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
		return ResponseEntity.status(status).body(ImportReportResponse.of(report, messages, locale));
	}

	@GetMapping("/export/{name}.csv")
	@Operation(summary = "Export departments, offices or employees in the import format",
			description = "Semicolon separated, CRLF, UTF-8, rows in the order of the last import.")
	ResponseEntity<String> exportFile(@PathVariable String name) {
		String csv = export.export(name + ".csv");
		if (csv == null) {
			throw new NotFoundException("directory.export.unknown", name);
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
			.body(csv);
	}

	static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
