package it.sportello.channels.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.channels.portal.PublicSheets;
import it.sportello.channels.portal.PublicSheets.Catalogue;
import it.sportello.channels.portal.PublicSheets.Department;
import it.sportello.channels.portal.PublicSheets.Filter;
import it.sportello.channels.portal.PublicSheets.PublicSheet;
import it.sportello.channels.portal.PublicSheets.SheetSummary;
import it.sportello.knowledge.Audience;
import it.sportello.shared.attachments.AttachmentContent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The information sheets in use today and their FAQ, for an app or the administration's own site: no login. */
@RestController
@Tag(name = "Citizens' portal", description = "A citizen sends a request that opens a ticket of channel WEB")
class PublicSheetApiController {

	private final PublicSheets sheets;

	PublicSheetApiController(PublicSheets sheets) {
		this.sheets = sheets;
	}

	/** One page of sheets; {@code total} matching, {@code departments} those with sheets to browse by. */
	record SheetPage(List<SheetSummary> items, int page, int size, int total, List<Department> departments) {

		static SheetPage of(Catalogue catalogue) {
			return new SheetPage(catalogue.sheets(), catalogue.page(), catalogue.size(), catalogue.total(),
					catalogue.departments());
		}

	}

	@GetMapping("/api/v1/public/sheets")
	@Operation(summary = "List the information sheets in use today",
			description = "Only published sheets inside their validity. Filters narrow the list together: the "
					+ "department's code, the audience, a keyword of the sheet, and search words (all of them in the "
					+ "title, summary, keywords, text or FAQ; accents and case aside), best matches first, otherwise "
					+ "by title.")
	SheetPage list(@Parameter(description = "Search words, up to 200 characters") @RequestParam(name = "q", required = false) @Nullable String query,
			@Parameter(description = "Department code, e.g. PROG") @RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable Audience audience,
			@Parameter(description = "One of the sheet's keywords, whole") @RequestParam(required = false) @Nullable String keyword,
			@Parameter(description = "From 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 50") @RequestParam(defaultValue = "20") int size) {
		return SheetPage.of(sheets.browse(new Filter(department, audience, keyword, query), page, size));
	}

	@GetMapping("/api/v1/public/sheets/{id}")
	@Operation(summary = "Read one information sheet in use today, with its FAQ",
			description = "The text is given as Markdown (body, answer) and as safe HTML (bodyHtml, answerHtml). A "
					+ "draft, an expired, archived or unknown sheet is 404.")
	PublicSheet sheet(@PathVariable String id) {
		return sheets.sheet(id);
	}

	@GetMapping("/api/v1/public/sheets/{id}/attachments/{attachmentId}")
	@Operation(summary = "Download a file attached to an information sheet in use today",
			description = "Always as an attachment, with the media type found in its content. A file of a draft, an "
					+ "expired, archived or unknown sheet, or of another sheet, is 404.")
	ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable long attachmentId) {
		return download(sheets.attachment(id, attachmentId));
	}

	/** The bytes as a download (never shown inline), with the type found in the content. */
	static ResponseEntity<byte[]> download(AttachmentContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.description().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.description().name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

}
