package it.sportello.knowledge.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.SheetFileView;
import it.sportello.knowledge.internal.SheetFiles;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.attachments.AttachmentContent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A sheet's files: uploaded to a draft by those who may edit it (multipart parts {@code file}, {@code title},
 * {@code kind}), the type detected from the content; a file too large (413) or of a type not allowed (415) is refused
 * with a message and nothing is stored. Downloaded by whoever may see the sheet.
 */
@RestController
@RequestMapping("/api/v1/knowledge/sheets/{id}/files")
@Tag(name = "Knowledge")
class SheetFileApiController {

	private final SheetFiles files;

	SheetFileApiController(SheetFiles files) {
		this.files = files;
	}

	@GetMapping
	@Operation(summary = "The sheet's files")
	List<SheetFileView> list(@PathVariable String id, StaffMember me) {
		return files.list(id, me);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to a draft (forms, calls, tables, diagrams); the draft's sign-offs are void")
	ResponseEntity<SheetFileView> add(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String kind,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me)
			throws IOException {
		SheetFileView added = upload(files, id, file, title, kind, SheetETags.expected(ifMatch, id), me);
		return ResponseEntity.created(URI.create("/api/v1/knowledge/sheets/" + id + "/files/" + added.id())).body(added);
	}

	@GetMapping("/{fileId}")
	@Operation(summary = "Download a file of the sheet")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable long fileId, StaffMember me) {
		return download(files.open(id, fileId, me));
	}

	@DeleteMapping("/{fileId}")
	@Operation(summary = "Remove a file from a draft; the draft's sign-offs are void")
	ResponseEntity<Void> remove(@PathVariable String id, @PathVariable long fileId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, StaffMember me) {
		files.remove(id, fileId, SheetETags.expected(ifMatch, id), me);
		return ResponseEntity.noContent().build();
	}

	static SheetFileView upload(SheetFiles files, String id, @Nullable MultipartFile file, @Nullable String title,
			@Nullable String kind, @Nullable Long expected, StaffMember me) throws IOException {
		if (file == null) {
			throw new InvalidInputException("file", "knowledge.file.missing");
		}
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "knowledge.file.bad-title");
		}
		if (kind == null || kind.isBlank()) {
			throw new InvalidInputException("kind", "knowledge.import.bad-kind", "");
		}
		String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		try (InputStream content = file.getInputStream()) {
			return files.add(id, title, kind, name, content, expected, me);
		}
	}

	/** The bytes as a download (never shown inline), with the type found in the content. */
	static ResponseEntity<byte[]> download(AttachmentContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.description().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.description().name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

}
