package it.sportello.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetState;
import it.sportello.organization.Departments;
import it.sportello.organization.OfficeView;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a sheet: a new draft by the URP, the department's support or an office head of the department, and edits of
 * a draft ({@link SheetAction#EDIT}), which void the sign-offs given to the text before. New sheets and FAQ get the
 * next id of their series ({@code SI-0078}, {@code FAQ-0211}).
 */
@Service
public class SheetEditing {

	private static final String CREATE_ACTION = "CREATE";

	private static final String VOID_ACTION = "SIGN_OFFS_VOIDED";

	private final SheetRepository sheets;

	private final FaqRepository faqs;

	private final ProcedureRepository procedures;

	private final KnowledgeQueries queries;

	private final SheetLifecycle lifecycle;

	private final SheetRecords records;

	private final Departments departments;

	private final SeriesWrites series;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	SheetEditing(SheetRepository sheets, FaqRepository faqs, ProcedureRepository procedures, KnowledgeQueries queries,
			SheetLifecycle lifecycle, SheetRecords records, Departments departments, SeriesWrites series, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.series = series;
		this.sheets = sheets;
		this.faqs = faqs;
		this.procedures = procedures;
		this.queries = queries;
		this.lifecycle = lifecycle;
		this.records = records;
		this.departments = departments;
		this.clock = clock;
	}

	/** A new draft under the next id of the series; a collision with a draft created at the same moment is retried. */
	public SheetDetails create(SheetDraft draft, StaffMember by) {
		return series.withNextIds(() -> createInTransaction(draft, by));
	}

	/** A new draft, inside the caller's transaction (which must flush and retry on a collision of ids). */
	@Transactional
	SheetDetails createInTransaction(SheetDraft draft, StaffMember by) {
		if (!SheetAction.EDIT.allowsRole(by.role())) {
			throw new ForbiddenException("knowledge.sheet.role-not-allowed", "knowledge.action.create");
		}
		OfficeView office = office(draft);
		if (!office.departmentCode().equals(by.departmentCode())) {
			throw new ForbiddenException("knowledge.sheet.other-department", office.code());
		}
		Instant now = clock.instant();
		String id = SeriesIds.next("SI-", sheets.highestId().orElse(null));
		Sheet sheet = sheets.save(new Sheet(id, SheetState.DRAFT, content(draft, office, Set.of()),
				approvingOffice(draft, office), by.username(), now));
		records.step(sheet, CREATE_ACTION, null, by.username(), by.displayName(), now, null);
		sheets.flush();
		return queries.details(sheet, by);
	}

	/** An edit of a draft; its new FAQ take the next ids of the series, retried on a collision. */
	public SheetDetails edit(String id, SheetDraft draft, @Nullable Long expectedVersion, StaffMember by) {
		return series.withNextIds(() -> editInTransaction(id, draft, expectedVersion, by));
	}

	@Transactional
	SheetDetails editInTransaction(String id, SheetDraft draft, @Nullable Long expectedVersion, StaffMember by) {
		Sheet sheet = queries.visible(id, by);
		lifecycle.check(sheet, SheetAction.EDIT, expectedVersion, by);
		OfficeView office = office(draft);
		if (!office.departmentCode().equals(sheet.departmentCode()) && !by.is(Role.ADMIN)) {
			throw new InvalidInputException("officeCode", "knowledge.sheet.office-of-other-department", office.code());
		}
		Instant now = clock.instant();
		Set<String> own = sheet.content().faq().stream().map(FaqItem::id).collect(Collectors.toSet());
		boolean voided = sheet.replace(content(draft, office, own), approvingOffice(draft, office), now);
		records.step(sheet, SheetAction.EDIT.name(), sheet.state(), by.username(), by.displayName(), now, null);
		if (voided) {
			records.step(sheet, VOID_ACTION, sheet.state(), by.username(), by.displayName(), now, null);
		}
		sheets.flush();
		return queries.details(sheet, by);
	}

	/** The text in use as a draft its authors revise: its FAQ keep their ids. */
	static SheetDraft draftOf(SheetContent content) {
		return new SheetDraft(content.title(), content.summary(), content.body(), content.officeCode(),
				content.procedureId(), content.keywords(), content.audience(), content.validFrom(), content.validUntil(),
				content.links(), content.faq()
					.stream()
					.map(item -> new SheetDraft.DraftFaq(item.id(), item.question(), item.answer()))
					.toList());
	}

	/**
	 * An edit of the open revision of a published sheet ({@link SheetAction#EDIT_REVISION}): the version in use does not
	 * change; sign-offs given to the revision are void. The text is checked as a draft's is; new FAQ get their ids when
	 * the revision is published.
	 */
	@Transactional
	public SheetDetails editRevision(String id, SheetDraft draft, @Nullable Long expectedVersion, StaffMember by) {
		Sheet sheet = queries.visible(id, by);
		lifecycle.check(sheet, SheetAction.EDIT_REVISION, expectedVersion, by);
		OfficeView office = office(draft);
		if (!office.departmentCode().equals(sheet.departmentCode()) && !by.is(Role.ADMIN)) {
			throw new InvalidInputException("officeCode", "knowledge.sheet.office-of-other-department", office.code());
		}
		approvingOffice(draft, office);
		Set<String> own = sheet.content().faq().stream().map(FaqItem::id).collect(Collectors.toSet());
		for (int index = 0; index < draft.faq().size(); index++) {
			String faqId = draft.faq().get(index).id();
			if (faqId != null && !own.contains(faqId)) {
				throw new InvalidInputException("faq[" + index + "].id", "knowledge.sheet.unknown-faq", faqId);
			}
		}
		content(draft, office, own);
		Instant now = clock.instant();
		boolean voided = sheet.reviseText(draft);
		records.step(sheet, SheetAction.EDIT_REVISION.name(), sheet.state(), by.username(), by.displayName(), now, null);
		if (voided) {
			records.step(sheet, VOID_ACTION, sheet.state(), by.username(), by.displayName(), now, null);
		}
		sheets.flush();
		return queries.details(sheet, by);
	}

	/**
	 * Publishes the approved revision ({@link SheetAction#PUBLISH_REVISION}): its text becomes the next version operators
	 * answer from, with the sign-offs it received; an expired sheet so renewed is published again.
	 */
	public SheetDetails publishRevision(String id, @Nullable String comment, @Nullable Long expectedVersion,
			StaffMember by) {
		return series.withNextIds(() -> publishRevisionInTransaction(id, comment, expectedVersion, by));
	}

	@Transactional
	SheetDetails publishRevisionInTransaction(String id, @Nullable String comment, @Nullable Long expectedVersion,
			StaffMember by) {
		Sheet sheet = queries.visible(id, by);
		lifecycle.check(sheet, SheetAction.PUBLISH_REVISION, expectedVersion, by);
		SheetDraft draft = java.util.Objects.requireNonNull(sheet.revisionDraft());
		OfficeView office = office(draft);
		Set<String> own = sheet.content().faq().stream().map(FaqItem::id).collect(Collectors.toSet());
		Instant now = clock.instant();
		SheetState from = sheet.state();
		boolean substantial = sheet.revisionSubstantial();
		sheet.replace(content(draft, office, own), approvingOffice(draft, office), now);
		sheet.takeRevisionSignOffs();
		sheet.closeRevision();
		int number = records.publish(sheet, by.username(), now, substantial);
		sheet.moveTo(SheetAction.PUBLISH_REVISION.target(sheet), now);
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		records.step(sheet, SheetAction.PUBLISH_REVISION.name(), from, by.username(), by.displayName(), now, note);
		events.publishEvent(new it.sportello.knowledge.SheetPublished(sheet.id(), number, by.username(), now));
		sheets.flush();
		return queries.details(sheet, by);
	}

	private SheetContent content(SheetDraft draft, OfficeView office, Set<String> ownFaq) {
		if (draft.validUntil() != null && draft.validUntil().isBefore(draft.validFrom())) {
			throw new InvalidInputException("validUntil", "knowledge.import.until-before-from");
		}
		for (int index = 0; index < draft.links().size(); index++) {
			if (!SafeLinks.isWebAddress(draft.links().get(index).url())) {
				throw new InvalidInputException("links[" + index + "].url", "knowledge.import.bad-url");
			}
		}
		return new SheetContent(draft.title(), draft.summary(), draft.body(), office.departmentCode(), office.code(),
				draft.procedureId(), draft.keywords(), draft.audience(), draft.validFrom(), draft.validUntil(),
				draft.links(), List.of(), faq(draft, ownFaq));
	}

	/** Existing FAQ keep their ids (only this sheet's own); new ones take the next ids of the series. */
	private List<FaqItem> faq(SheetDraft draft, Set<String> own) {
		List<FaqItem> items = new ArrayList<>();
		String highest = faqs.highestId().orElse(null);
		for (int index = 0; index < draft.faq().size(); index++) {
			SheetDraft.DraftFaq faq = draft.faq().get(index);
			String id = faq.id();
			if (id != null && !own.contains(id)) {
				throw new InvalidInputException("faq[" + index + "].id", "knowledge.sheet.unknown-faq", id);
			}
			if (id == null) {
				id = SeriesIds.next("FAQ-", highest);
				highest = id;
			}
			items.add(new FaqItem(id, faq.question(), faq.answer()));
		}
		return items;
	}

	private OfficeView office(SheetDraft draft) {
		return departments.findOffice(draft.officeCode())
			.orElseThrow(() -> new InvalidInputException("officeCode", "knowledge.import.unknown-office",
					draft.officeCode()));
	}

	private String approvingOffice(SheetDraft draft, OfficeView office) {
		String procedureId = draft.procedureId();
		if (procedureId == null) {
			return office.code();
		}
		return procedures.findById(procedureId)
			.map(Procedure::officeCode)
			.orElseThrow(() -> new InvalidInputException("procedureId", "knowledge.import.unknown-procedure",
					procedureId));
	}

}
