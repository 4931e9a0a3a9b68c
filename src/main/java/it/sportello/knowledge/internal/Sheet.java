package it.sportello.knowledge.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import it.sportello.knowledge.Audience;
import it.sportello.knowledge.SheetState;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An information sheet (scheda informativa) under its source id ({@code SI-0001}): the text being written or in use,
 * its FAQ, and where it stands in the lifecycle. Its state changes only through {@link SheetLifecycle}, which checks
 * {@link SheetAction}'s table first.
 */
@Entity
@Table(name = "knowledge_sheet")
class Sheet {

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	private SheetState state;

	private String title;

	private String summary;

	@Column(length = 1_000_000)
	private String body;

	private String departmentCode;

	private String officeCode;

	/** The office whose head signs: the procedure's office, or the sheet's own office when it has no procedure. */
	private String approvingOfficeCode;

	private @Nullable String procedureId;

	@Convert(converter = JsonColumns.Strings.class)
	@Column(length = 1_000_000)
	private List<String> keywords;

	@Convert(converter = AudienceColumn.class)
	private Set<Audience> audience;

	private LocalDate validFrom;

	private @Nullable LocalDate validUntil;

	@Convert(converter = JsonColumns.Links.class)
	@Column(length = 1_000_000)
	private List<SheetLink> links;

	@Convert(converter = JsonColumns.Attachments.class)
	@Column(length = 1_000_000)
	private List<AttachmentNote> attachments;

	@Column(length = 1_000_000)
	private String searchText;

	@OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Faq> faqs = new ArrayList<>();

	private @Nullable String urpSignedBy;

	private @Nullable Instant urpSignedAt;

	private @Nullable String headSignedBy;

	private @Nullable Instant headSignedAt;

	private @Nullable String noticeSentBy;

	private @Nullable Instant noticeSentAt;

	private @Nullable String noticeComment;

	private @Nullable String acknowledgedBy;

	private @Nullable Instant acknowledgedAt;

	private int publishedVersion;

	/** The last day of validity the expiry warning was given for. */
	private @Nullable LocalDate expiryWarnedFor;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable RevisionStage revisionStage;

	/** The revision's text as its authors wrote it; the sheet's own fields stay the version in use. */
	@Convert(converter = JsonColumns.Draft.class)
	@Column(length = 1_000_000)
	private @Nullable SheetDraft revisionDraft;

	private @Nullable String revisionStartedBy;

	private @Nullable Instant revisionStartedAt;

	private @Nullable String revisionUrpSignedBy;

	private @Nullable Instant revisionUrpSignedAt;

	private @Nullable String revisionHeadSignedBy;

	private @Nullable Instant revisionHeadSignedAt;

	private @Nullable String revisionSubstantialBy;

	private @Nullable Instant revisionSubstantialAt;

	@Version
	private @Nullable Long version;

	Sheet(String id, SheetState state, SheetContent content, String approvingOfficeCode, String createdBy,
			Instant now) {
		this.id = id;
		this.state = state;
		this.createdBy = createdBy;
		this.createdAt = now;
		replace(content, approvingOfficeCode, now);
	}

	@SuppressWarnings("NullAway")
	protected Sheet() {
	}

	/**
	 * Replaces the text, the FAQ and the references. Sign-offs given to the text before are void: the approvers signed
	 * another text.
	 *
	 * @return whether sign-offs were voided
	 */
	final boolean replace(SheetContent content, String approvingOfficeCode, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.departmentCode = content.departmentCode();
		this.officeCode = content.officeCode();
		this.approvingOfficeCode = approvingOfficeCode;
		this.procedureId = content.procedureId();
		this.keywords = content.keywords();
		this.audience = content.audience();
		this.validFrom = content.validFrom();
		this.validUntil = content.validUntil();
		this.links = content.links();
		this.attachments = content.attachments();
		replaceFaq(content.faq());
		this.searchText = SearchText.of(Stream.of(Stream.of(id, title, summary, body), keywords.stream(),
				content.faq().stream().flatMap(faq -> Stream.of(faq.question(), faq.answer())))
			.flatMap(part -> part));
		this.updatedAt = now;
		boolean voided = urpSignedBy != null || headSignedBy != null;
		clearSignOffs();
		return voided;
	}

	private void replaceFaq(List<FaqItem> items) {
		Map<String, Faq> existing = new LinkedHashMap<>();
		faqs.forEach(faq -> existing.put(faq.id(), faq));
		List<Faq> next = new ArrayList<>();
		for (int position = 0; position < items.size(); position++) {
			FaqItem item = items.get(position);
			Faq faq = existing.get(item.id());
			if (faq == null) {
				faq = new Faq(this, position, item);
			}
			else {
				faq.replace(position, item);
			}
			next.add(faq);
		}
		faqs.retainAll(next);
		next.stream().filter(faq -> !faqs.contains(faq)).forEach(faqs::add);
		faqs.sort(java.util.Comparator.comparingInt(Faq::position));
	}

	/** The sheet in a list: its own columns only, without reading its FAQ. */
	SheetSummary summary() {
		return new SheetSummary(id, title, summary, state, departmentCode, officeCode, validFrom, validUntil,
				publishedVersion);
	}

	SheetContent content() {
		return new SheetContent(title, summary, body, departmentCode, officeCode, procedureId, keywords, audience,
				validFrom, validUntil, links, attachments, faqs.stream().map(Faq::item).toList());
	}

	/**
	 * Moves the sheet to another office (and its department) when the directory no longer has its own: the text, the
	 * state, the sign-offs and the versions stay; an open revision follows the sheet to the new office.
	 */
	void reassignOffice(String newDepartmentCode, String newOfficeCode, String newApprovingOfficeCode, Instant now) {
		this.departmentCode = newDepartmentCode;
		this.officeCode = newOfficeCode;
		this.approvingOfficeCode = newApprovingOfficeCode;
		SheetDraft revision = revisionDraft;
		if (revision != null) {
			this.revisionDraft = new SheetDraft(revision.title(), revision.summary(), revision.body(), newOfficeCode,
					revision.procedureId(), revision.keywords(), revision.audience(), revision.validFrom(),
					revision.validUntil(), revision.links(), revision.faq());
		}
		this.updatedAt = now;
	}

	void signAsUrp(String by, Instant at) {
		this.urpSignedBy = by;
		this.urpSignedAt = at;
	}

	void signAsOfficeHead(String by, Instant at) {
		this.headSignedBy = by;
		this.headSignedAt = at;
	}

	boolean signedByUrp() {
		return urpSignedBy != null;
	}

	boolean signedByOfficeHead() {
		return headSignedBy != null;
	}

	void clearSignOffs() {
		this.urpSignedBy = null;
		this.urpSignedAt = null;
		this.headSignedBy = null;
		this.headSignedAt = null;
	}

	void recordNotice(String by, @Nullable String comment, Instant at) {
		this.noticeSentBy = by;
		this.noticeComment = comment;
		this.noticeSentAt = at;
		this.acknowledgedBy = null;
		this.acknowledgedAt = null;
	}

	void acknowledge(String by, Instant at) {
		this.acknowledgedBy = by;
		this.acknowledgedAt = at;
	}

	boolean acknowledged() {
		return acknowledgedBy != null;
	}

	boolean noticeSent() {
		return noticeSentBy != null;
	}

	void moveTo(SheetState next, Instant at) {
		this.state = next;
		this.updatedAt = at;
	}

	boolean expiryNotYetWarned() {
		return validUntil != null && !validUntil.equals(expiryWarnedFor);
	}

	void warnedOfExpiry() {
		this.expiryWarnedFor = validUntil;
	}

	void published(int number) {
		this.publishedVersion = number;
	}

	String id() {
		return id;
	}

	SheetState state() {
		return state;
	}

	String title() {
		return title;
	}

	String departmentCode() {
		return departmentCode;
	}

	String approvingOfficeCode() {
		return approvingOfficeCode;
	}

	LocalDate validFrom() {
		return validFrom;
	}

	@Nullable LocalDate validUntil() {
		return validUntil;
	}

	int publishedVersion() {
		return publishedVersion;
	}

	String createdBy() {
		return createdBy;
	}

	long version() {
		return version == null ? 0 : version;
	}

	/** Published and inside its validity on {@code today} (a Europe/Rome date): what operators may answer from. */
	boolean usableOn(LocalDate today) {
		return state == SheetState.ACTIVE && !today.isBefore(validFrom) && (validUntil == null || !today.isAfter(validUntil));
	}

	RevisionStage revisionStage() {
		return revisionStage == null ? RevisionStage.NONE : revisionStage;
	}

	@Nullable SheetDraft revisionDraft() {
		return revisionDraft;
	}

	/** Opens a revision with the text in use; the version in use stays what operators read. */
	void startRevision(SheetDraft draft, String by, Instant at) {
		this.revisionStage = RevisionStage.DRAFT;
		this.revisionDraft = draft;
		this.revisionStartedBy = by;
		this.revisionStartedAt = at;
		clearRevisionSignOffs();
		this.revisionSubstantialBy = null;
		this.revisionSubstantialAt = null;
	}

	/**
	 * Replaces the revision's text: sign-offs given to it before are void.
	 *
	 * @return whether sign-offs were voided
	 */
	boolean reviseText(SheetDraft draft) {
		this.revisionDraft = draft;
		boolean voided = revisionUrpSignedBy != null || revisionHeadSignedBy != null;
		clearRevisionSignOffs();
		return voided;
	}

	void signRevisionAsUrp(String by, Instant at) {
		this.revisionUrpSignedBy = by;
		this.revisionUrpSignedAt = at;
	}

	void signRevisionAsOfficeHead(String by, Instant at) {
		this.revisionHeadSignedBy = by;
		this.revisionHeadSignedAt = at;
	}

	boolean revisionSignedByUrp() {
		return revisionUrpSignedBy != null;
	}

	boolean revisionSignedByOfficeHead() {
		return revisionHeadSignedBy != null;
	}

	/** Back to writing: the sign-offs are void (a send-back). */
	void clearRevisionSignOffs() {
		this.revisionUrpSignedBy = null;
		this.revisionUrpSignedAt = null;
		this.revisionHeadSignedBy = null;
		this.revisionHeadSignedAt = null;
		if (revisionStage != null) {
			this.revisionStage = RevisionStage.DRAFT;
		}
	}

	void moveRevisionTo(RevisionStage stage) {
		this.revisionStage = stage;
	}

	void markSubstantial(@Nullable String by, @Nullable Instant at) {
		this.revisionSubstantialBy = by;
		this.revisionSubstantialAt = at;
	}

	boolean revisionSubstantial() {
		return revisionSubstantialBy != null;
	}

	/** The revision is published or dropped: nothing of it is left open. */
	void closeRevision() {
		this.revisionStage = null;
		this.revisionDraft = null;
		this.revisionStartedBy = null;
		this.revisionStartedAt = null;
		clearRevisionSignOffs();
		markSubstantial(null, null);
	}

	/** The sign-offs the revision received become the sheet's once it is published. */
	void takeRevisionSignOffs() {
		this.urpSignedBy = revisionUrpSignedBy;
		this.urpSignedAt = revisionUrpSignedAt;
		this.headSignedBy = revisionHeadSignedBy;
		this.headSignedAt = revisionHeadSignedAt;
	}

	@Nullable RevisionView revision(String bodyHtml) {
		if (revisionStage == null || revisionDraft == null || revisionStartedBy == null || revisionStartedAt == null) {
			return null;
		}
		return new RevisionView(revisionStage, revisionDraft, bodyHtml, revisionStartedBy, revisionStartedAt,
				revisionUrpSignedBy, revisionUrpSignedAt, revisionHeadSignedBy, revisionHeadSignedAt,
				revisionSubstantial(), revisionSubstantialBy, revisionSubstantialAt);
	}

	String officeCode() {
		return officeCode;
	}

	SignOffs signOffs() {
		return new SignOffs(urpSignedBy, urpSignedAt, headSignedBy, headSignedAt, noticeSentBy, noticeSentAt,
				noticeComment, acknowledgedBy, acknowledgedAt);
	}

}
