package it.sportello.organization.web;

import java.util.Locale;

import it.sportello.identity.StaffMember;
import it.sportello.organization.ImportOptions;
import it.sportello.organization.ImportReport;
import it.sportello.organization.internal.DirectoryExport;
import it.sportello.organization.internal.DirectoryFiles;
import it.sportello.organization.internal.DirectoryImport;
import it.sportello.organization.internal.OrganizationProperties;
import it.sportello.shared.NotFoundException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload the three files (or a zip), see the dry run's report, then run it for real. The
 * uploaded files wait in the session between the two steps, so the administrator does not pick them twice
 * and the real run imports exactly the files that were checked.
 */
@Controller
@RequestMapping("/admin/directory")
@PreAuthorize("hasRole('ADMIN')")
class DirectoryImportPageController {

	private static final String UPLOAD = DirectoryImportPageController.class.getName() + ".upload";

	private final DirectoryImport directoryImport;

	private final DirectoryExport export;

	private final OrganizationProperties properties;

	private final MessageSource messages;

	DirectoryImportPageController(DirectoryImport directoryImport, DirectoryExport export, OrganizationProperties properties,
			MessageSource messages) {
		this.directoryImport = directoryImport;
		this.export = export;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/import")
	String page() {
		return "organization/import";
	}

	/** Step 1: always a dry run. */
	@PostMapping("/import")
	String check(@RequestParam(name = "departments", required = false) @Nullable MultipartFile departments,
			@RequestParam(name = "offices", required = false) @Nullable MultipartFile offices,
			@RequestParam(name = "employees", required = false) @Nullable MultipartFile employees,
			@RequestParam(name = "zip", required = false) @Nullable MultipartFile zip,
			@RequestParam(defaultValue = "false") boolean removeMissing, StaffMember me, HttpSession session, Model model,
			Locale locale) {
		DirectoryFiles files = zip != null && !zip.isEmpty()
				? DirectoryFiles.fromZip(DirectoryApiController.bytes(zip), properties.importZip())
				: new DirectoryFiles(DirectoryApiController.bytes(departments), DirectoryApiController.bytes(offices),
						DirectoryApiController.bytes(employees));
		ImportReport report = directoryImport.run(files, new ImportOptions(true, removeMissing), me.username());
		if (!report.hasProblems()) {
			session.setAttribute(UPLOAD, files);
		}
		model.addAttribute("report", ImportReportResponse.of(report, messages, locale));
		return "organization/import";
	}

	/** Step 2: the real run of the files checked in step 1. */
	@PostMapping("/import/run")
	String run(@RequestParam(defaultValue = "false") boolean removeMissing, StaffMember me, HttpSession session,
			Model model, Locale locale) {
		Object files = session.getAttribute(UPLOAD);
		if (!(files instanceof DirectoryFiles checked)) {
			model.addAttribute("error", "directory.import.file-required");
			return "organization/import";
		}
		ImportReport report = directoryImport.run(checked, new ImportOptions(false, removeMissing), me.username());
		session.removeAttribute(UPLOAD);
		model.addAttribute("report", ImportReportResponse.of(report, messages, locale));
		return "organization/import";
	}

	@GetMapping("/export/{name}.csv")
	ResponseEntity<String> download(@PathVariable String name) {
		String csv = export.export(name + ".csv");
		if (csv == null) {
			throw new NotFoundException("directory.export.unknown", name);
		}
		return ResponseEntity.ok()
			.contentType(DirectoryApiController.CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
			.body(csv);
	}

}
