package it.sportello.knowledge.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import it.sportello.identity.StaffMember;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.attachments.AttachmentContent;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.AttachmentView;
import it.sportello.shared.attachments.Attachments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a sheet (forms, calls, tables, diagrams), kept in the shared attachment store: added and removed
 * by those who may edit the draft ({@link SheetAction#EDIT}: an added or removed file voids the sign-offs, as any edit
 * does); the type is detected from the content, and a file too large or of a type not allowed is refused with a
 * message, nothing stored. Whoever may see the sheet may download its files.
 */
@Service
public class SheetFiles {

	static final Set<String> KINDS = Set.of("MODULO", "BANDO", "TABELLA", "SCHEMA");

	private final SheetFileRepository files;

	private final Attachments attachments;

	private final KnowledgeQueries queries;

	private final SheetLifecycle lifecycle;

	private final SheetRecords records;

	private final Clock clock;

	SheetFiles(SheetFileRepository files, Attachments attachments, KnowledgeQueries queries, SheetLifecycle lifecycle,
			SheetRecords records, Clock clock) {
		this.files = files;
		this.attachments = attachments;
		this.queries = queries;
		this.lifecycle = lifecycle;
		this.records = records;
		this.clock = clock;
	}

	@Transactional
	public SheetFileView add(String sheetId, String title, String kind, String fileName, InputStream content,
			@Nullable Long expectedVersion, StaffMember by) {
		Sheet sheet = queries.visible(sheetId, by);
		lifecycle.check(sheet, SheetAction.EDIT, expectedVersion, by);
		String normalisedKind = kind.strip().toUpperCase(Locale.ROOT);
		if (!KINDS.contains(normalisedKind)) {
			throw new InvalidInputException("kind", "knowledge.import.bad-kind", kind);
		}
		if (title.isBlank() || title.strip().length() > 300) {
			throw new InvalidInputException("title", "knowledge.file.bad-title");
		}
		AttachmentView stored = attachments.store(fileName, content);
		Instant now = clock.instant();
		SheetFile file = files.save(new SheetFile(sheet.id(), stored.id().value(), title.strip(), normalisedKind,
				by.username(), now));
		changed(sheet, "FILE_ADDED", title.strip(), by, now);
		return view(file, stored);
	}

	@Transactional
	public void remove(String sheetId, long fileId, @Nullable Long expectedVersion, StaffMember by) {
		Sheet sheet = queries.visible(sheetId, by);
		lifecycle.check(sheet, SheetAction.EDIT, expectedVersion, by);
		SheetFile file = files.findByIdAndSheetId(fileId, sheetId)
			.orElseThrow(() -> new NotFoundException("knowledge.file.not-found", fileId));
		files.delete(file);
		changed(sheet, "FILE_REMOVED", file.title(), by, clock.instant());
	}

	@Transactional(readOnly = true)
	public List<SheetFileView> list(String sheetId, StaffMember by) {
		queries.visible(sheetId, by);
		return files.findBySheetIdOrderById(sheetId)
			.stream()
			.map(file -> view(file, attachments.describe(new AttachmentId(file.attachmentId())).orElseThrow()))
			.toList();
	}

	/** The file with its bytes, for whoever may see the sheet. */
	@Transactional(readOnly = true)
	public AttachmentContent open(String sheetId, long fileId, StaffMember by) {
		queries.visible(sheetId, by);
		SheetFile file = files.findByIdAndSheetId(fileId, sheetId)
			.orElseThrow(() -> new NotFoundException("knowledge.file.not-found", fileId));
		return attachments.open(new AttachmentId(file.attachmentId()))
			.orElseThrow(() -> new NotFoundException("knowledge.file.not-found", fileId));
	}

	private void changed(Sheet sheet, String action, String title, StaffMember by, Instant now) {
		// A new time of the last change: the sheet's version moves with it, so a stale copy's If-Match is refused.
		sheet.moveTo(sheet.state(), now);
		boolean voided = sheet.signedByUrp() || sheet.signedByOfficeHead();
		sheet.clearSignOffs();
		records.step(sheet, action, sheet.state(), by.username(), by.displayName(), now, title);
		if (voided) {
			records.step(sheet, "SIGN_OFFS_VOIDED", sheet.state(), by.username(), by.displayName(), now, null);
		}
	}

	private static SheetFileView view(SheetFile file, AttachmentView stored) {
		return SheetFileView.of(file, stored);
	}

}
