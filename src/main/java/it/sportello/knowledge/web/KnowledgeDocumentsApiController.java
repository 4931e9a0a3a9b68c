package it.sportello.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.KnowledgeExport;
import it.sportello.knowledge.internal.NoticePdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Documents made from the knowledge base: the export in the import's format, and a sheet's notice as a PDF. */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge")
class KnowledgeDocumentsApiController {

	private final KnowledgeExport export;

	private final NoticePdf noticePdf;

	KnowledgeDocumentsApiController(KnowledgeExport export, NoticePdf noticePdf) {
		this.export = export;
		this.noticePdf = noticePdf;
	}

	@GetMapping(value = "/exports/sheets.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	@Operation(summary = "Every sheet with its FAQ in the format of the import's sheets.json")
	ResponseEntity<byte[]> sheets() {
		return file("sheets.json", MediaType.APPLICATION_JSON, export.sheets());
	}

	@GetMapping(value = "/exports/procedures.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	@Operation(summary = "Every procedure in the format of the import's procedures.json")
	ResponseEntity<byte[]> procedures() {
		return file("procedures.json", MediaType.APPLICATION_JSON, export.procedures());
	}

	@GetMapping(value = "/sheets/{id}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The sheet's notice to the Information Society office as a PDF (S-AC3); 404 before a notice is sent")
	ResponseEntity<byte[]> notice(@PathVariable String id, StaffMember me) {
		return file("comunicazione-" + id + ".pdf", MediaType.APPLICATION_PDF, noticePdf.render(id, me));
	}

	static ResponseEntity<byte[]> file(String name, MediaType type, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

}
