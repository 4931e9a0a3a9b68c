package it.sportello.knowledge.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetState;
import it.sportello.organization.Departments;
import it.sportello.organization.Directory;
import it.sportello.organization.EmployeeView;
import it.sportello.organization.OfficeView;
import it.sportello.search.HitType;
import it.sportello.search.QueryTerms;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see of the knowledge base: lists and single records, each limited to what the reader may see
 * ({@link KnowledgeAccess}); a sheet the reader may not see is not found.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeQueries {

	private final SheetRepository sheets;

	private final FaqRepository faqs;

	private final ProcedureRepository procedures;

	private final SheetVersionRepository versions;

	private final SheetHistoryRepository history;

	private final KnowledgeAccess access;

	private final Markdown markdown;

	private final Departments departments;

	private final Directory directory;

	private final SheetFileRepository files;

	private final it.sportello.shared.attachments.Attachments attachments;

	private final KnowledgeMatches matches;

	KnowledgeQueries(KnowledgeMatches matches, SheetRepository sheets, FaqRepository faqs, ProcedureRepository procedures,
			SheetVersionRepository versions, SheetHistoryRepository history, KnowledgeAccess access, Markdown markdown,
			Departments departments, Directory directory, SheetFileRepository files,
			it.sportello.shared.attachments.Attachments attachments) {
		this.matches = matches;
		this.files = files;
		this.attachments = attachments;
		this.sheets = sheets;
		this.faqs = faqs;
		this.procedures = procedures;
		this.versions = versions;
		this.history = history;
		this.access = access;
		this.markdown = markdown;
		this.departments = departments;
		this.directory = directory;
	}

	/**
	 * The sheets the reader may see; for an operator exactly the usable ones. Without words, by title. With words
	 * ({@link #searchable}), those that hold every word: first the usable ones, best first (from the search index),
	 * then the others the reader may see (drafts, sheets in review, expired: from the database), by title.
	 */
	public KnowledgePage<SheetSummary> sheets(@Nullable String query, @Nullable SheetState state,
			@Nullable String department, int page, int size, StaffMember by) {
		return sheets(query, state, department, null, null, page, size, by);
	}

	/** The same, browsed by keyword (one of the sheet's keywords, whole) and audience too. */
	public KnowledgePage<SheetSummary> sheets(@Nullable String query, @Nullable SheetState state,
			@Nullable String department, @Nullable String keyword, it.sportello.knowledge.@Nullable Audience audience,
			int page, int size, StaffMember by) {
		Specification<Sheet> filter = access.visibleTo(by);
		if (keyword != null && !keyword.isBlank()) {
			// The keywords column is a JSON list of strings: a keyword is a whole quoted element of it.
			String element = "%" + SearchText.escapeLike(
					tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(keyword.strip().toLowerCase(java.util.Locale.ROOT))) + "%";
			filter = filter.and((root, q, cb) -> cb.like(cb.lower(root.get("keywords").as(String.class)), element, '\\'));
		}
		if (audience != null) {
			filter = filter.and((root, q, cb) -> cb.like(root.get("audience").as(String.class), "%" + audience.name() + "%"));
		}
		if (state != null) {
			filter = filter.and((root, q, cb) -> cb.equal(root.get("state"), state));
		}
		if (department != null) {
			filter = filter.and((root, q, cb) -> cb.equal(root.get("departmentCode"), department));
		}
		String text = searchable(query);
		Sort byTitle = Sort.by("title", "id");
		if (text == null) {
			return KnowledgePage.of(sheets.findAll(filter, PageRequest.of(page, size, byTitle)).map(Sheet::summary));
		}
		KnowledgeMatches.Ranked usable = state == null || state == SheetState.ACTIVE
				? matches.top(text, HitType.SHEET, access.today(),
						new KnowledgeMatches.Narrowed(department, blankToNull(keyword), audience, null),
						RankedPages.wanted(page, size))
				: KnowledgeMatches.Ranked.NONE;
		Specification<Sheet> others = filter.and((root, q, cb) -> access.notUsable(root, cb)).and(matching(text));
		return RankedPages.page(usable, ids -> inOrder(ids, sheets.summaries(ids), SheetSummary::id, summary -> summary),
				access.seesOnlyUsable(by) ? null : pageable -> sheets.findAll(others, pageable).map(Sheet::summary),
				byTitle, page, size);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * The text of a search when it has a word to look for, else null: a text of stop words and signs ("di", "?")
	 * filters nothing, as no text. A text longer than the search box takes is refused as the box refuses it.
	 * @throws InvalidInputException when it is longer than {@link QueryTerms#MAX_LENGTH}
	 */
	@Nullable String searchable(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String text = query.strip();
		if (text.length() > QueryTerms.MAX_LENGTH) {
			throw new InvalidInputException("q", "search.query-too-long", QueryTerms.MAX_LENGTH);
		}
		return matches.searchable(text) ? text : null;
	}

	/** The sheets usable today that hold every word of the text, in no order (the portal's facets count them). */
	List<KnowledgeMatches.Match> usableSheets(String text) {
		List<KnowledgeMatches.Match> found = matches.find(text, HitType.SHEET, access.today());
		return found == null ? List.of() : found;
	}

	/** The records of {@code ids} in that order, each as {@code view}; one the database no longer has is left out. */
	private static <E, T> List<T> inOrder(List<String> ids, List<E> records, Function<E, String> id, Function<E, T> view) {
		Map<String, E> byId = records.stream().collect(Collectors.toMap(id, record -> record));
		return ids.stream().map(byId::get).filter(Objects::nonNull).map(view).toList();
	}

	public SheetDetails sheet(String id, StaffMember by) {
		return details(visible(id, by), by);
	}

	SheetDetails details(Sheet sheet, StaffMember by) {
		SheetContent content = sheet.content();
		String procedureId = content.procedureId();
		ProcedureView procedure = procedureId == null ? null : procedures.findById(procedureId).map(this::view).orElse(null);
		List<SheetDetails.VersionSummary> published = versions.findBySheetIdOrderByNumber(sheet.id())
			.stream()
			.map(SheetVersion::view)
			.map(version -> new SheetDetails.VersionSummary(version.number(), version.title(), version.publishedBy(),
					version.publishedAt()))
			.toList();
		List<FaqView> faq = content.faq().stream().map(item -> faqView(sheet.id(), item)).toList();
		List<SheetAction> actions = Arrays.stream(SheetAction.values())
			.filter(action -> action.allows(sheet, by, access.today()))
			.toList();
		return new SheetDetails(sheet.id(), sheet.state(), sheet.usableOn(access.today()), content.title(),
				content.summary(), content.body(), markdown.toHtml(content.body()), content.departmentCode(),
				content.officeCode(), officeName(content.officeCode()), procedure, content.keywords(),
				content.audience(), content.validFrom(), content.validUntil(), content.links(), content.attachments(),
				files.findBySheetIdOrderById(sheet.id())
					.stream()
					.map(file -> SheetFileView.of(file, attachments
						.describe(new it.sportello.shared.attachments.AttachmentId(file.attachmentId()))
						.orElseThrow()))
					.toList(),
				faq, sheet.signOffs(), sheet.publishedVersion(), published,
				history.findBySheetIdOrderById(sheet.id()).stream().map(SheetHistoryEntry::view).toList(), actions,
				revisionFor(sheet, by), sheet.version());
	}

	/**
	 * The open revision, for those who may see the sheet in any state (its department's staff, those who run the
	 * portal); operators see only the version in use.
	 */
	private @Nullable RevisionView revisionFor(Sheet sheet, StaffMember by) {
		SheetDraft draft = sheet.revisionDraft();
		if (draft == null || !access.seesEveryState(sheet, by)) {
			return null;
		}
		return sheet.revision(markdown.toHtml(draft.body()));
	}

	/** A published version as it was published; old versions stay readable to whoever may see the sheet. */
	public VersionView version(String id, int number, StaffMember by) {
		visible(id, by);
		return versions.findBySheetIdAndNumber(id, number)
			.map(SheetVersion::view)
			.orElseThrow(() -> new NotFoundException("knowledge.version.not-found", id, number));
	}

	/**
	 * The quote of a sheet for a ticket's answer ("use in answer"): the summary of the version in use and where it comes
	 * from. Only a usable sheet is quoted: operators answer from nothing else (S-KB8).
	 */
	public SheetQuote quote(String id, StaffMember by, java.util.Locale locale,
			org.springframework.context.MessageSource messages) {
		Sheet sheet = visible(id, by);
		if (!sheet.usableOn(access.today())) {
			throw new it.sportello.shared.ConflictException("knowledge.quote.not-usable", id);
		}
		VersionView version = versions.findBySheetIdAndNumber(id, sheet.publishedVersion())
			.map(SheetVersion::view)
			.orElseThrow(() -> new NotFoundException("knowledge.version.not-found", id, sheet.publishedVersion()));
		String text = version.summary() + "\n\n" + messages.getMessage("knowledge.quote.source",
				new Object[] { id, version.title(), version.number() }, locale);
		return new SheetQuote(text, "SHEET", id, version.number());
	}

	/** The portal home: the sheets the reader may use most recently published, newest first. */
	public List<SheetSummary> latest(int count, StaffMember by) {
		Specification<Sheet> usable = access.visibleTo(by)
			.and((root, q, cb) -> cb.equal(root.get("state"), SheetState.ACTIVE));
		return sheets.findAll(usable, PageRequest.of(0, count, Sort.by(Sort.Direction.DESC, "updatedAt", "id")))
			.map(Sheet::summary)
			.getContent();
	}

	/** The portal home: published sheets whose last day is within {@code days}, soonest first. */
	public List<SheetSummary> expiring(int days, int count, StaffMember by) {
		java.time.LocalDate today = access.today();
		Specification<Sheet> soon = access.visibleTo(by)
			.and((root, q, cb) -> cb.and(cb.equal(root.get("state"), SheetState.ACTIVE),
					cb.between(root.get("validUntil"), today, today.plusDays(days))));
		return sheets.findAll(soon, PageRequest.of(0, count, Sort.by("validUntil", "id")))
			.map(Sheet::summary)
			.getContent();
	}

	/**
	 * The FAQ of the sheets the reader may see, by id; with words, those that hold every word: first the FAQ of usable
	 * sheets, best first (from the search index), then the others the reader may see, by id.
	 */
	public KnowledgePage<FaqView> faqs(@Nullable String query, @Nullable String sheetId, int page, int size,
			StaffMember by) {
		Specification<Faq> filter = (root, q, cb) -> access.visible(root.join("sheet"), cb, by);
		if (sheetId != null) {
			filter = filter.and((root, q, cb) -> cb.equal(root.get("sheet").get("id"), sheetId));
		}
		String text = searchable(query);
		Sort byId = Sort.by("id");
		if (text == null) {
			return KnowledgePage.of(faqs.findAll(filter, PageRequest.of(page, size, byId))
				.map(faq -> faqView(faq.sheet().id(), faq.item())));
		}
		KnowledgeMatches.Ranked usable = matches.top(text, HitType.FAQ, access.today(),
				new KnowledgeMatches.Narrowed(null, null, null, sheetId), RankedPages.wanted(page, size));
		Specification<Faq> others = filter.and((root, q, cb) -> access.notUsable(root.join("sheet"), cb));
		for (String pattern : SearchText.patterns(text)) {
			others = others.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("question")), pattern, '\\'),
					cb.like(cb.lower(root.get("answer")), pattern, '\\')));
		}
		Specification<Faq> rest = others;
		return RankedPages.page(usable,
				ids -> inOrder(ids, faqs.findAllById(ids), Faq::id, faq -> faqView(faq.sheet().id(), faq.item())),
				access.seesOnlyUsable(by) ? null
						: pageable -> faqs.findAll(rest, pageable).map(faq -> faqView(faq.sheet().id(), faq.item())),
				byId, page, size);
	}

	/**
	 * Procedures are public information: every staff member reads them all, by id; with words, those that hold every
	 * word, best first (from the search index, which holds every procedure).
	 */
	public KnowledgePage<ProcedureView> procedures(@Nullable String query, int page, int size) {
		String text = searchable(query);
		if (text == null) {
			return KnowledgePage.of(procedures.findAll(PageRequest.of(page, size, Sort.by("id"))).map(this::view));
		}
		return RankedPages.page(
				matches.top(text, HitType.PROCEDURE, access.today(), KnowledgeMatches.Narrowed.NOT,
						RankedPages.wanted(page, size)),
				ids -> inOrder(ids, procedures.findAllById(ids), Procedure::id, this::view), null, Sort.by("id"), page, size);
	}

	public ProcedureView procedure(String id) {
		return procedures.findById(id).map(this::view).orElseThrow(() -> new NotFoundException("knowledge.procedure.not-found", id));
	}

	Sheet visible(String id, StaffMember by) {
		return sheets.findById(id)
			.filter(sheet -> access.canSee(sheet, by))
			.orElseThrow(() -> new NotFoundException("knowledge.sheet.not-found", id));
	}

	static Specification<Sheet> matching(@Nullable String query) {
		return (root, q, cb) -> {
			if (query == null) {
				return cb.conjunction();
			}
			return cb.and(Arrays.stream(SearchText.patterns(query))
				.map(pattern -> cb.like(root.get("searchText"), pattern, '\\'))
				.toArray(Predicate[]::new));
		};
	}

	private FaqView faqView(String sheetId, FaqItem item) {
		return new FaqView(item.id(), sheetId, item.question(), item.answer(), markdown.toHtml(item.answer()));
	}

	ProcedureView view(Procedure procedure) {
		ProcedureContent c = procedure.content();
		return new ProcedureView(c.id(), c.name(), c.description(), c.departmentCode(), c.officeCode(),
				officeName(c.officeCode()), c.responsibleEmployeeId(),
				directory.employee(c.responsibleEmployeeId()).map(EmployeeView::displayName).orElse(null),
				c.legalBasis(), c.termDays(), c.silenceAssent(), c.requiredDocuments(), c.fees(), c.howToApply(),
				c.substitutePower(), c.keywords());
	}

	private @Nullable String officeName(String code) {
		return departments.findOffice(code).map(OfficeView::name).orElse(null);
	}


}
