package it.sportello.knowledge.internal;

import java.util.List;
import java.util.Optional;

import it.sportello.knowledge.Knowledge;
import it.sportello.knowledge.SheetReference;
import it.sportello.knowledge.SheetState;
import it.sportello.knowledge.UsableSheet;
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

	KnowledgeFacade(SheetRepository sheets, SheetVersionRepository versions, KnowledgeAccess access,
			Markdown markdown) {
		this.sheets = sheets;
		this.versions = versions;
		this.access = access;
		this.markdown = markdown;
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
	public List<UsableSheet> usableSheets(int page, int size) {
		java.time.LocalDate today = access.today();
		Specification<Sheet> usable = (root, query, cb) -> cb.and(cb.equal(root.get("state"), SheetState.ACTIVE),
				cb.lessThanOrEqualTo(root.get("validFrom"), today),
				cb.or(cb.isNull(root.get("validUntil")), cb.greaterThanOrEqualTo(root.get("validUntil"), today)));
		return sheets.findAll(usable, PageRequest.of(page, size, Sort.by("id")))
			.stream()
			.map(this::usable)
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * Every published sheet's version in use, whatever today's date: what the search index holds. Each document keeps
	 * its validity and every search filters by the day it runs, so a sheet whose first day is still to come, or whose
	 * last day has passed on a clock moved forward, is in the index when its days come (or come again).
	 */
	@Transactional(readOnly = true)
	List<UsableSheet> activeSheets(int page, int size) {
		Specification<Sheet> active = (root, query, cb) -> cb.equal(root.get("state"), SheetState.ACTIVE);
		return sheets.findAll(active, PageRequest.of(page, size, Sort.by("id")))
			.stream()
			.map(this::usable)
			.flatMap(Optional::stream)
			.toList();
	}

	/** One sheet as {@link #activeSheets} reads it; empty unless it is published. */
	@Transactional(readOnly = true)
	Optional<UsableSheet> activeSheetContent(String id) {
		return sheets.findById(id).filter(sheet -> sheet.state() == SheetState.ACTIVE).flatMap(this::usable);
	}

	/** The version in use, with the sheet's references (which a revision does not change until it is published). */
	private Optional<UsableSheet> usable(Sheet sheet) {
		SheetContent content = sheet.content();
		return versions.findBySheetIdAndNumber(sheet.id(), sheet.publishedVersion())
			.map(SheetVersion::view)
			.map(version -> new UsableSheet(sheet.id(), version.number(), version.title(), version.summary(),
					version.body(), content.keywords(), content.audience(), content.departmentCode(),
					content.officeCode(), content.procedureId(), version.validFrom(), version.validUntil(),
					version.faq().stream().map(faq -> new UsableSheet.Faq(faq.id(), faq.question(), faq.answer())).toList()));
	}

}
