package it.sportello.organization.web;

import it.sportello.organization.internal.DirectoryPdf;
import it.sportello.organization.internal.DirectoryPrintout;
import it.sportello.organization.internal.PrintedDirectory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The printable directory for operators (S-KB3): an HTML page with a print stylesheet, and the same as PDF. */
@Controller
@PreAuthorize("isAuthenticated()")
class DirectoryPrintController {

	private final DirectoryPrintout printout;

	private final DirectoryPdf pdf;

	DirectoryPrintController(DirectoryPrintout printout, DirectoryPdf pdf) {
		this.printout = printout;
		this.pdf = pdf;
	}

	@GetMapping("/directory/print")
	String page(Model model) {
		model.addAttribute("directory", printout.printout());
		return "organization/print";
	}

	@GetMapping("/directory/print.pdf")
	ResponseEntity<byte[]> pdf() {
		PrintedDirectory directory = printout.printout();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"rubrica-" + directory.updatedOn() + ".pdf\"")
			.body(pdf.render(directory));
	}

}
