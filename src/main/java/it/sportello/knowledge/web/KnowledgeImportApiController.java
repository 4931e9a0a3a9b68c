package it.sportello.knowledge.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.KnowledgeImport;
import it.sportello.knowledge.internal.KnowledgeImportReport;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Import of the knowledge files (sheets.json, procedures.json), for administrators and the contact-center manager. */
@RestController
@RequestMapping("/api/v1/knowledge/imports")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
@Tag(name = "Knowledge", description = "Information sheets, FAQ, authorization procedures and their lifecycle")
class KnowledgeImportApiController {

	private final KnowledgeImport knowledgeImport;

	KnowledgeImportApiController(KnowledgeImport knowledgeImport) {
		this.knowledgeImport = knowledgeImport;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import sheets.json and procedures.json (parts named sheets and procedures)",
			description = "dryRun=true (the default) only checks and reports what a run would do. A real run is all-or-nothing: "
					+ "with problems it answers 422 and writes nothing. Each problem names the file, the item's index and id, "
					+ "the field and the reason. Running the same files twice changes nothing the second time.")
	ResponseEntity<KnowledgeImportReport> importFiles(@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(name = "sheets", required = false) @Nullable MultipartFile sheets,
			@RequestParam(name = "procedures", required = false) @Nullable MultipartFile procedures, StaffMember me) {
		byte[] sheetsFile = bytes(sheets);
		byte[] proceduresFile = bytes(procedures);
		if (sheetsFile == null && proceduresFile == null) {
			throw new InvalidInputException("sheets", "knowledge.import.no-file");
		}
		KnowledgeImportReport report = knowledgeImport.run(sheetsFile, proceduresFile, dryRun, me.username());
		HttpStatus status = report.problems().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(report);
	}

	private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
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
