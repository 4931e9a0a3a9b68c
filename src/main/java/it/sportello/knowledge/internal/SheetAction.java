package it.sportello.knowledge.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetState;
import org.jspecify.annotations.Nullable;

import static it.sportello.identity.Role.BACK_OFFICE;
import static it.sportello.identity.Role.DEPARTMENT_SUPPORT;
import static it.sportello.identity.Role.INFORMATION_SOCIETY;
import static it.sportello.identity.Role.MANAGER;
import static it.sportello.identity.Role.OFFICE_HEAD;
import static it.sportello.identity.Role.URP;
import static it.sportello.knowledge.SheetState.ACTIVE;
import static it.sportello.knowledge.SheetState.APPROVED;
import static it.sportello.knowledge.SheetState.ARCHIVED;
import static it.sportello.knowledge.SheetState.DRAFT;
import static it.sportello.knowledge.SheetState.EXPIRED;
import static it.sportello.knowledge.SheetState.NOTIFIED;

/**
 * Every action on an information sheet: who may take it, from which states, to which state, and the guard that must
 * hold (section 3 of the source document, S-AC2 to S-AC4). The one table of the lifecycle: {@link #allows} is derived
 * from it, and {@link SheetLifecycle} refuses what it does not allow (403 for the wrong role or someone else's sheet,
 * 409 for the wrong state or a guard that does not hold) before anything changes.
 */
public enum SheetAction {

	/** The URP and the department's support write the draft together; an edit voids the sign-offs given. */
	EDIT(Set.of(URP, DEPARTMENT_SUPPORT, OFFICE_HEAD), Target.SAME, Guard.OWNING_DEPARTMENT, DRAFT),
	/** S-AC2: the URP's sign-off; the second of the two sign-offs approves the sheet. */
	SIGN_OFF_AS_URP(Set.of(URP), Target.APPROVED_ONCE_BOTH_SIGNED, Guard.URP_NOT_YET_SIGNED, DRAFT),
	/** S-AC2: the sign-off of the head of the office that runs the procedure (or owns the sheet). */
	SIGN_OFF_AS_OFFICE_HEAD(Set.of(OFFICE_HEAD), Target.APPROVED_ONCE_BOTH_SIGNED, Guard.HEAD_NOT_YET_SIGNED, DRAFT),
	/** S-AC2: either approver sends the sheet back with comments; the sign-offs are void. */
	SEND_BACK(Set.of(URP, OFFICE_HEAD), Target.DRAFT, Guard.APPROVER, DRAFT, APPROVED),
	/** S-AC3: the office head's formal notice to the Information Society office. */
	SEND_NOTICE(Set.of(OFFICE_HEAD), Target.NOTIFIED, Guard.APPROVING_OFFICE_HEAD, APPROVED),
	/** S-AC3: Information Society acknowledges the notice; publication does not wait for it. */
	ACKNOWLEDGE(Set.of(INFORMATION_SOCIETY), Target.SAME, Guard.NOTICE_NOT_YET_ACKNOWLEDGED, NOTIFIED, ACTIVE,
			EXPIRED, ARCHIVED),
	/** S-AC4: the contact-center manager or the back office publishes: a new version operators answer from. */
	PUBLISH(Set.of(MANAGER, BACK_OFFICE), Target.ACTIVE, Guard.NONE, NOTIFIED),
	/** S-KB6: a published sheet whose validity ended. */
	EXPIRE(Set.of(MANAGER, BACK_OFFICE), Target.EXPIRED, Guard.VALIDITY_ENDED, ACTIVE),
	/** Withdrawn for good by those who keep the portal current. */
	ARCHIVE(Set.of(MANAGER, BACK_OFFICE), Target.ARCHIVED, Guard.NONE, ACTIVE, EXPIRED),
	/**
	 * A new text for a published sheet, or the renewal of an expired one: a revision is opened with the text in use,
	 * and the version in use stays what operators read until the revision is published.
	 */
	REVISE(Set.of(URP, DEPARTMENT_SUPPORT, OFFICE_HEAD), Target.SAME, Guard.OWNING_DEPARTMENT,
			EnumSet.of(RevisionStage.NONE), ACTIVE, EXPIRED),
	/** The revision's authors write it; an edit voids the sign-offs given to it. */
	EDIT_REVISION(Set.of(URP, DEPARTMENT_SUPPORT, OFFICE_HEAD), Target.SAME, Guard.OWNING_DEPARTMENT,
			EnumSet.of(RevisionStage.DRAFT), ACTIVE, EXPIRED),
	/** The URP's sign-off of the revision; the second of the two approves it. */
	REVISION_SIGN_OFF_AS_URP(Set.of(URP), Target.SAME, Guard.REVISION_URP_NOT_YET_SIGNED,
			EnumSet.of(RevisionStage.DRAFT), ACTIVE, EXPIRED),
	/** The approving office head's sign-off of the revision. */
	REVISION_SIGN_OFF_AS_HEAD(Set.of(OFFICE_HEAD), Target.SAME, Guard.REVISION_HEAD_NOT_YET_SIGNED,
			EnumSet.of(RevisionStage.DRAFT), ACTIVE, EXPIRED),
	/** Either approver sends the revision back with comments; its sign-offs are void. */
	REVISION_SEND_BACK(Set.of(URP, OFFICE_HEAD), Target.SAME, Guard.APPROVER,
			EnumSet.of(RevisionStage.DRAFT, RevisionStage.APPROVED), ACTIVE, EXPIRED),
	/** An approver marks the change as substantial: the notice and the training are repeated for it. */
	MARK_SUBSTANTIAL(Set.of(URP, OFFICE_HEAD), Target.SAME, Guard.APPROVER_NOT_YET_MARKED,
			EnumSet.of(RevisionStage.DRAFT, RevisionStage.APPROVED), ACTIVE, EXPIRED),
	/** An approver takes the mark back: the notice and the training are skipped for the revision. */
	UNMARK_SUBSTANTIAL(Set.of(URP, OFFICE_HEAD), Target.SAME, Guard.APPROVER_MARKED,
			EnumSet.of(RevisionStage.DRAFT, RevisionStage.APPROVED), ACTIVE, EXPIRED),
	/** The notice of a substantial revision to the Information Society office, by the approving office's head. */
	REVISION_NOTICE(Set.of(OFFICE_HEAD), Target.SAME, Guard.SUBSTANTIAL_APPROVING_HEAD,
			EnumSet.of(RevisionStage.APPROVED), ACTIVE, EXPIRED),
	/**
	 * The revision becomes the next version operators answer from (a renewed expired sheet is published again); a
	 * substantial one only once notified.
	 */
	PUBLISH_REVISION(Set.of(MANAGER, BACK_OFFICE), Target.ACTIVE, Guard.REVISION_PUBLISHABLE,
			EnumSet.of(RevisionStage.APPROVED, RevisionStage.NOTIFIED), ACTIVE, EXPIRED);

	private final Set<Role> roles;

	private final Target target;

	private final Guard guard;

	private final Set<SheetState> from;

	/** The stages of the sheet's revision the action starts from; every stage for the actions on the sheet itself. */
	private final Set<RevisionStage> revisionFrom;

	SheetAction(Set<Role> roles, Target target, Guard guard, SheetState first, SheetState... rest) {
		this(roles, target, guard, EnumSet.allOf(RevisionStage.class), first, rest);
	}

	SheetAction(Set<Role> roles, Target target, Guard guard, Set<RevisionStage> revisionFrom, SheetState first,
			SheetState... rest) {
		this.roles = roles;
		this.target = target;
		this.guard = guard;
		this.revisionFrom = revisionFrom;
		this.from = EnumSet.of(first, rest);
	}

	/** The revision's sign-off a role gives: the office head's for office heads, the URP's for everyone else. */
	public static SheetAction revisionSignOffBy(Role role) {
		return role == OFFICE_HEAD ? REVISION_SIGN_OFF_AS_HEAD : REVISION_SIGN_OFF_AS_URP;
	}

	public boolean allowsRevisionStage(RevisionStage stage) {
		return revisionFrom.contains(stage);
	}

	/** Whether the action works on a sheet's revision rather than on the sheet itself. */
	public boolean onRevision() {
		return revisionFrom.size() < RevisionStage.values().length;
	}

	/** The sign-off a role gives: the office head's for office heads, the URP's for everyone else. */
	public static SheetAction signOffBy(Role role) {
		return role == OFFICE_HEAD ? SIGN_OFF_AS_OFFICE_HEAD : SIGN_OFF_AS_URP;
	}

	public boolean allowsRole(Role role) {
		return roles.contains(role);
	}

	public boolean allowsState(SheetState state) {
		return from.contains(state);
	}

	/** Whether {@code by} may take this action on the sheet now: role, state and guard all hold. */
	boolean allows(Sheet sheet, StaffMember by, java.time.LocalDate today) {
		return allowsRole(by.role()) && allowsState(sheet.state()) && allowsRevisionStage(sheet.revisionStage())
				&& guard.refusal(sheet, by, today) == null;
	}

	@Nullable Refusal refusal(Sheet sheet, StaffMember by, java.time.LocalDate today) {
		return guard.refusal(sheet, by, today);
	}

	/** The state after the action's effect on the sheet (a sign-off approves only once both are given). */
	SheetState target(Sheet sheet) {
		return target.next(sheet);
	}

	/** The message code of the action's name, for refusals and the history. */
	public String messageCode() {
		return "knowledge.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Why a guard does not hold: a 403 when it is someone else's sheet, a 409 when the sheet is not ready. */
	record Refusal(boolean forbidden, String code) {
	}

	/** Where an action leads, looked at once the action's effect is on the sheet. */
	enum Target {

		SAME, DRAFT, NOTIFIED, ACTIVE, EXPIRED, ARCHIVED, APPROVED_ONCE_BOTH_SIGNED;

		SheetState next(Sheet sheet) {
			return switch (this) {
				case SAME -> sheet.state();
				case APPROVED_ONCE_BOTH_SIGNED -> sheet.signedByUrp() && sheet.signedByOfficeHead() ? SheetState.APPROVED
						: SheetState.DRAFT;
				default -> SheetState.valueOf(name());
			};
		}

	}

	/** The conditions beyond role and state, each with the refusal it answers. */
	enum Guard {

		NONE, OWNING_DEPARTMENT, URP_NOT_YET_SIGNED, HEAD_NOT_YET_SIGNED, APPROVER, APPROVING_OFFICE_HEAD,
		NOTICE_NOT_YET_ACKNOWLEDGED, VALIDITY_ENDED, REVISION_URP_NOT_YET_SIGNED, REVISION_HEAD_NOT_YET_SIGNED,
		APPROVER_NOT_YET_MARKED, APPROVER_MARKED, SUBSTANTIAL_APPROVING_HEAD, REVISION_PUBLISHABLE;

		@Nullable Refusal refusal(Sheet sheet, StaffMember by, java.time.LocalDate today) {
			return switch (this) {
				case NONE -> null;
				case OWNING_DEPARTMENT -> ownDepartment(sheet, by);
				case URP_NOT_YET_SIGNED -> firstOf(ownDepartment(sheet, by),
						sheet.signedByUrp() ? new Refusal(false, "knowledge.sheet.already-signed") : null);
				case HEAD_NOT_YET_SIGNED -> firstOf(approvingHead(sheet, by),
						sheet.signedByOfficeHead() ? new Refusal(false, "knowledge.sheet.already-signed") : null);
				case APPROVER -> by.role() == URP ? ownDepartment(sheet, by) : approvingHead(sheet, by);
				case APPROVING_OFFICE_HEAD -> approvingHead(sheet, by);
				case NOTICE_NOT_YET_ACKNOWLEDGED -> !sheet.noticeSent()
						? new Refusal(false, "knowledge.sheet.no-notice")
						: sheet.acknowledged() ? new Refusal(false, "knowledge.sheet.already-acknowledged") : null;
				case VALIDITY_ENDED -> sheet.validUntil() != null && sheet.validUntil().isBefore(today) ? null
						: new Refusal(false, "knowledge.sheet.still-valid");
				case REVISION_URP_NOT_YET_SIGNED -> firstOf(ownDepartment(sheet, by),
						sheet.revisionSignedByUrp() ? new Refusal(false, "knowledge.sheet.already-signed") : null);
				case REVISION_HEAD_NOT_YET_SIGNED -> firstOf(approvingHead(sheet, by),
						sheet.revisionSignedByOfficeHead() ? new Refusal(false, "knowledge.sheet.already-signed") : null);
				case APPROVER_NOT_YET_MARKED -> firstOf(APPROVER.refusal(sheet, by, today),
						sheet.revisionSubstantial() ? new Refusal(false, "knowledge.revision.already-substantial") : null);
				case APPROVER_MARKED -> firstOf(APPROVER.refusal(sheet, by, today),
						sheet.revisionSubstantial() ? null : new Refusal(false, "knowledge.revision.not-substantial"));
				case SUBSTANTIAL_APPROVING_HEAD -> firstOf(approvingHead(sheet, by),
						sheet.revisionSubstantial() ? null : new Refusal(false, "knowledge.revision.not-substantial"));
				case REVISION_PUBLISHABLE -> publishable(sheet, today);
			};
		}

		private static @Nullable Refusal publishable(Sheet sheet, java.time.LocalDate today) {
			if (sheet.revisionSubstantial() && sheet.revisionStage() != RevisionStage.NOTIFIED) {
				return new Refusal(false, "knowledge.revision.notice-required");
			}
			SheetDraft draft = sheet.revisionDraft();
			if (draft != null && draft.validUntil() != null && draft.validUntil().isBefore(today)) {
				return new Refusal(false, "knowledge.revision.validity-over");
			}
			return null;
		}

		private static @Nullable Refusal ownDepartment(Sheet sheet, StaffMember by) {
			return sheet.departmentCode().equals(by.departmentCode()) ? null
					: new Refusal(true, "knowledge.sheet.other-department");
		}

		private static @Nullable Refusal approvingHead(Sheet sheet, StaffMember by) {
			return sheet.approvingOfficeCode().equals(by.officeCode()) ? null
					: new Refusal(true, "knowledge.sheet.other-office");
		}

		private static @Nullable Refusal firstOf(@Nullable Refusal first, @Nullable Refusal second) {
			return first != null ? first : second;
		}

	}

}
