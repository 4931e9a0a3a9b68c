package it.sportello.knowledge.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetState;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for each role (the inboxes): drafts to sign (URP, office head), notices to send (office head) and to
 * acknowledge (Information Society), sheets to publish (manager, back office), sheets expiring or expired to renew or
 * archive (owning URP, back office, manager), needs whose support is to engage or whose draft is to start (URP,
 * support), FAQ proposals from tickets (back office, the sheet's department), training guidelines to confirm (first
 * level), sheets whose office no longer exists (back office, manager). Derived from {@link SheetAction}'s table
 * and the needs' steps: an item is there exactly while the reader may act on it.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeInbox {

	private final SheetRepository sheets;

	private final KnowledgeAccess access;

	private final InformationNeeds needs;

	private final FaqProposals proposals;

	private final Trainings trainings;

	private final KnowledgeProperties.Expiry expiry;

	private final it.sportello.organization.Departments departments;

	KnowledgeInbox(SheetRepository sheets, KnowledgeAccess access, InformationNeeds needs, FaqProposals proposals,
			Trainings trainings, KnowledgeProperties properties, it.sportello.organization.Departments departments) {
		this.departments = departments;
		this.trainings = trainings;
		this.sheets = sheets;
		this.access = access;
		this.needs = needs;
		this.proposals = proposals;
		this.expiry = properties.expiry();
	}

	public List<InboxItem> items(StaffMember by) {
		if (by.is(Role.FIRST_LEVEL)) {
			return trainings.toConfirm(by)
				.stream()
				.map(training -> new InboxItem(InboxItem.Kind.CONFIRM_TRAINING, String.valueOf(training.id()),
						training.sheetTitle(), java.time.LocalDate.ofInstant(training.scheduledAt(), KnowledgeAccess.ROME),
						"/knowledge/trainings#training-" + training.id()))
				.toList();
		}
		LocalDate today = access.today();
		LocalDate warnFrom = today.plusDays(expiry.warningDays());
		Specification<Sheet> waiting = (root, query, cb) -> cb.or(
				root.get("state").in(SheetState.DRAFT, SheetState.APPROVED, SheetState.NOTIFIED, SheetState.EXPIRED),
				cb.isNotNull(root.get("revisionStage")),
				cb.and(cb.isNotNull(root.get("noticeSentBy")), cb.isNull(root.get("acknowledgedBy"))),
				cb.and(cb.equal(root.get("state"), SheetState.ACTIVE), cb.lessThanOrEqualTo(root.get("validUntil"), warnFrom)));
		List<InboxItem> items = new ArrayList<>();
		for (Sheet sheet : sheets.findAll(access.visibleTo(by).and(waiting))) {
			String href = "/knowledge/sheets/" + sheet.id();
			if (SheetAction.signOffBy(by.role()).allows(sheet, by, today) && by.is(Role.URP, Role.OFFICE_HEAD)) {
				items.add(new InboxItem(InboxItem.Kind.SIGN_OFF, sheet.id(), sheet.title(), null, href));
			}
			if (SheetAction.revisionSignOffBy(by.role()).allows(sheet, by, today) && by.is(Role.URP, Role.OFFICE_HEAD)) {
				items.add(new InboxItem(InboxItem.Kind.SIGN_OFF, sheet.id(), sheet.title(), null, href));
			}
			if (SheetAction.REVISION_NOTICE.allows(sheet, by, today)) {
				items.add(new InboxItem(InboxItem.Kind.SEND_NOTICE, sheet.id(), sheet.title(), null, href));
			}
			if (SheetAction.PUBLISH_REVISION.allows(sheet, by, today)) {
				items.add(new InboxItem(InboxItem.Kind.PUBLISH, sheet.id(), sheet.title(), null, href));
			}
			if (SheetAction.SEND_NOTICE.allows(sheet, by, today)) {
				items.add(new InboxItem(InboxItem.Kind.SEND_NOTICE, sheet.id(), sheet.title(), null, href));
			}
			if (SheetAction.ACKNOWLEDGE.allows(sheet, by, today)) {
				items.add(new InboxItem(InboxItem.Kind.ACKNOWLEDGE, sheet.id(), sheet.title(), null, href));
			}
			if (SheetAction.PUBLISH.allows(sheet, by, today)) {
				items.add(new InboxItem(InboxItem.Kind.PUBLISH, sheet.id(), sheet.title(), null, href));
			}
			if (toRenew(sheet, warnFrom) && renews(sheet, by)) {
				items.add(new InboxItem(InboxItem.Kind.RENEW, sheet.id(), sheet.title(), sheet.validUntil(), href));
			}
		}
		for (NeedView need : needs.waitingFor(by)) {
			InboxItem.Kind kind = need.actions().contains(NeedAction.ENGAGE_SUPPORT) ? InboxItem.Kind.ENGAGE_SUPPORT
					: InboxItem.Kind.START_DRAFT;
			items.add(new InboxItem(kind, need.id(), need.subject(), need.neededBy(), "/knowledge/needs#" + need.id()));
		}
		for (FaqProposalView proposal : proposals.open(by)) {
			items.add(new InboxItem(InboxItem.Kind.FAQ_PROPOSAL, String.valueOf(proposal.id()), proposal.question(),
					null, "/knowledge/faq-proposals#proposal-" + proposal.id()));
		}
		if (by.is(Role.MANAGER, Role.BACK_OFFICE)) {
			for (Sheet sheet : withoutOffice()) {
				items.add(new InboxItem(InboxItem.Kind.REASSIGN, sheet.id(), sheet.title(), null,
						"/knowledge/sheets/" + sheet.id()));
			}
		}
		items.sort(Comparator.comparing(InboxItem::kind).thenComparing(InboxItem::id));
		return items;
	}

	/**
	 * Sheets whose office a directory import deleted: they stay as they are, flagged for the back office to reassign.
	 */
	private List<Sheet> withoutOffice() {
		java.util.Set<String> offices = new java.util.HashSet<>();
		departments.all().forEach(department -> departments.offices(department.code())
			.forEach(office -> offices.add(office.code())));
		if (offices.isEmpty()) {
			return List.of();
		}
		return sheets.findByStateNotAndOfficeCodeNotInOrderById(SheetState.ARCHIVED, offices);
	}

	public int count(StaffMember by) {
		return items(by).size();
	}

	/** The sheets S-KB6 lists to renew or archive: expired, or published with a last day within the warning period. */
	private static boolean toRenew(Sheet sheet, LocalDate warnFrom) {
		return sheet.state() == SheetState.EXPIRED || (sheet.state() == SheetState.ACTIVE && sheet.validUntil() != null
				&& !sheet.validUntil().isAfter(warnFrom));
	}

	/** The owning URP and those who keep the portal current renew or archive. */
	private static boolean renews(Sheet sheet, StaffMember by) {
		return by.is(Role.MANAGER, Role.BACK_OFFICE)
				|| (by.is(Role.URP) && sheet.departmentCode().equals(by.departmentCode()));
	}

}
