package it.sportello.knowledge.internal;

import java.util.List;
import java.util.Optional;

import it.sportello.knowledge.Knowledge;
import it.sportello.knowledge.SheetReference;
import it.sportello.knowledge.SheetState;
import it.sportello.knowledge.UsableSheet;
import it.sportello.shared.attachments.AttachmentContent;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.Attachments;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class KnowledgeFacade implements Knowledge {

	private final SheetRepository sheets;

	private final SheetVersionRepository versions;

	private final KnowledgeAccess access;

	private final Markdown markdown;

	private final SheetFileRepository files;

	private final Attachments attachments;

	KnowledgeFacade(SheetRepository sheets, SheetVersionRepository versions, KnowledgeAccess access,
			Markdown markdown, SheetFileRepository files, Attachments attachments) {
		this.sheets = sheets;
		this.versions = versions;
		this.access = access;
		this.markdown = markdown;
		this.files = files;
		this.attachments = attachments;
	}

	@Override
	public String toSafeHtml(String text) {
		return markdown.toHtml(text);
	}

	@Override
	public Optional<SheetReference> usableSheet(String id) {
		return sheets.findById(id)
			.filter(sheet -> sheet.usableOn(access.today()))
			.map(sheet -> new SheetReference(sheet.id(), sheet.title(), sheet.publishedVersion()));
	}

	@Override
	public Optional<UsableSheet> usableSheetContent(String id) {
		return sheets.findById(id).filter(sheet -> sheet.usableOn(access.today())).flatMap(this::usable);
	}

	@Override
	public Optional<AttachmentContent> usableSheetAttachment(String sheetId, long attachmentId) {
		// Files are added to and removed from drafts only: those of a published sheet are those of its version in use.
		return sheets.findById(sheetId)
			.filter(sheet -> sheet.usableOn(access.today()))
			.flatMap(sheet -> files.findByIdAndSheetId(attachmentId, sheet.id()))
			.flatMap(file -> attachments.open(new AttachmentId(file.attachmentId())));
	}

	@Override
	public List<UsableSheet> usableSheets(int page, int size) {
		java.time.LocalDate today = access.today();
		Specification<Sheet> usable = (root, query, cb) -> cb.and(cb.equal(root.get("state"), SheetState.ACTIVE),
				cb.lessThanOrEqualTo(root.get("validFrom"), today),
				cb.or(cb.isNull(root.get("validUntil")), cb.greaterThanOrEqualTo(root.get("validUntil"), today)));
		return usable(sheets.findAll(usable, PageRequest.of(page, size, Sort.by("id"))).getContent());
	}

	/**
	 * Every published sheet's version in use, whatever today's date: what the search index holds. Each document keeps
	 * its validity and every search filters by the day it runs, so a sheet whose first day is still to come, or whose
	 * last day has passed on a clock moved forward, is in the index when its days come (or come again).
	 */
	@Transactional(readOnly = true)
	List<UsableSheet> activeSheets(int page, int size) {
		Specification<Sheet> active = (root, query, cb) -> cb.equal(root.get("state"), SheetState.ACTIVE);
		return usable(sheets.findAll(active, PageRequest.of(page, size, Sort.by("id"))).getContent());
	}

	/** One sheet as {@link #activeSheets} reads it; empty unless it is published. */
	@Transactional(readOnly = true)
	Optional<UsableSheet> activeSheetContent(String id) {
		return sheets.findById(id).filter(sheet -> sheet.state() == SheetState.ACTIVE).flatMap(this::usable);
	}

	/** A page of sheets as {@link #usable(Sheet, List)} reads them, the files of all of them read at once. */
	private List<UsableSheet> usable(List<Sheet> page) {
		java.util.Map<String, List<SheetFile>> filesBySheet = files
			.findBySheetIdInOrderById(page.stream().map(Sheet::id).toList())
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(SheetFile::sheetId));
		return page.stream()
			.map(sheet -> usable(sheet, filesBySheet.getOrDefault(sheet.id(), List.of())))
			.flatMap(Optional::stream)
			.toList();
	}

	private Optional<UsableSheet> usable(Sheet sheet) {
		return usable(sheet, files.findBySheetIdOrderById(sheet.id()));
	}

	/**
	 * The version in use, with the sheet's references and files (which a revision does not change until it is
	 * published).
	 */
	private Optional<UsableSheet> usable(Sheet sheet, List<SheetFile> sheetFiles) {
		SheetContent content = sheet.content();
		return versions.findBySheetIdAndNumber(sheet.id(), sheet.publishedVersion())
			.map(SheetVersion::view)
			.map(version -> new UsableSheet(sheet.id(), version.number(), version.title(), version.summary(),
					version.body(), content.keywords(), content.audience(), content.departmentCode(),
					content.officeCode(), content.procedureId(), version.validFrom(), version.validUntil(),
					version.faq().stream().map(faq -> new UsableSheet.Faq(faq.id(), faq.question(), faq.answer())).toList(),
					links(content), attachments(sheetFiles)));
	}

	/** The sheet's links, only web addresses (the editor refuses others; an imported sheet might carry one). */
	private static List<UsableSheet.Link> links(SheetContent content) {
		return content.links()
			.stream()
			.filter(link -> SafeLinks.isWebAddress(link.url()))
			.map(link -> new UsableSheet.Link(link.title().isBlank() ? link.url() : link.title(), link.url()))
			.toList();
	}

	private List<UsableSheet.Attachment> attachments(List<SheetFile> sheetFiles) {
		return sheetFiles.stream()
			.flatMap(file -> attachments.describe(new AttachmentId(file.attachmentId()))
				.map(stored -> new UsableSheet.Attachment(file.id(), file.title(), stored.name(), stored.mediaType(),
						stored.size()))
				.stream())
			.toList();
	}

}
