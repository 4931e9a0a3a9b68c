package it.sportello.knowledge.internal;

import java.time.Clock;
import java.time.Instant;

import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetArchived;
import it.sportello.knowledge.SheetExpired;
import it.sportello.knowledge.SheetNoticeSent;
import it.sportello.knowledge.SheetPublished;
import it.sportello.knowledge.SheetState;
import it.sportello.shared.ConflictException;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a lifecycle action on a sheet after {@link SheetAction}'s table allows it: the wrong role or someone else's
 * sheet is refused with 403, the wrong state or an unmet guard with 409, a stale copy with 412, and nothing changes.
 * Each step is recorded with who and when.
 */
@Service
public class SheetLifecycle {

	private final KnowledgeQueries queries;

	private final SheetRepository sheets;

	private final KnowledgeAccess access;

	private final SheetRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SheetLifecycle(KnowledgeQueries queries, SheetRepository sheets, KnowledgeAccess access, SheetRecords records,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.sheets = sheets;
		this.access = access;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public SheetDetails perform(String id, SheetAction action, @Nullable String comment, @Nullable Long expectedVersion,
			StaffMember by) {
		Sheet sheet = queries.visible(id, by);
		check(sheet, action, expectedVersion, by);
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if ((action == SheetAction.SEND_BACK || action == SheetAction.REVISION_SEND_BACK) && note == null) {
			throw new InvalidInputException("comment", "knowledge.sheet.comment-required");
		}
		Instant now = clock.instant();
		SheetState from = sheet.state();
		switch (action) {
			case SIGN_OFF_AS_URP -> sheet.signAsUrp(by.username(), now);
			case SIGN_OFF_AS_OFFICE_HEAD -> sheet.signAsOfficeHead(by.username(), now);
			case SEND_BACK -> sheet.clearSignOffs();
			case SEND_NOTICE -> {
				sheet.recordNotice(by.username(), note, now);
				events.publishEvent(new SheetNoticeSent(sheet.id(), by.username(), now));
			}
			case ACKNOWLEDGE -> sheet.acknowledge(by.username(), now);
			case PUBLISH -> {
				int number = records.publish(sheet, by.username(), now, true);
				events.publishEvent(new SheetPublished(sheet.id(), number, by.username(), now));
			}
			case EXPIRE -> events.publishEvent(new SheetExpired(sheet.id(), sheet.publishedVersion(), by.username(), now));
			case ARCHIVE -> {
				sheet.closeRevision();
				events.publishEvent(new SheetArchived(sheet.id(), by.username(), now));
			}
			case REVISE -> sheet.startRevision(SheetEditing.draftOf(sheet.content()), by.username(), now);
			case REVISION_SIGN_OFF_AS_URP, REVISION_SIGN_OFF_AS_HEAD -> {
				if (action == SheetAction.REVISION_SIGN_OFF_AS_URP) {
					sheet.signRevisionAsUrp(by.username(), now);
				}
				else {
					sheet.signRevisionAsOfficeHead(by.username(), now);
				}
				if (sheet.revisionSignedByUrp() && sheet.revisionSignedByOfficeHead()) {
					sheet.moveRevisionTo(RevisionStage.APPROVED);
				}
			}
			case REVISION_SEND_BACK -> sheet.clearRevisionSignOffs();
			case MARK_SUBSTANTIAL -> sheet.markSubstantial(by.username(), now);
			case UNMARK_SUBSTANTIAL -> sheet.markSubstantial(null, null);
			case REVISION_NOTICE -> {
				// The notice of the revision is the sheet's notice from now on: Information Society acknowledges it.
				sheet.recordNotice(by.username(), note, now);
				sheet.moveRevisionTo(RevisionStage.NOTIFIED);
				events.publishEvent(new SheetNoticeSent(sheet.id(), by.username(), now));
			}
			case EDIT, EDIT_REVISION, PUBLISH_REVISION ->
				throw new IllegalArgumentException("An edit or a revision's publication goes through SheetEditing");
		}
		sheet.moveTo(action.target(sheet), now);
		records.step(sheet, action.name(), from, by.username(), by.displayName(), now, note);
		// Written now, so that the answer carries the sheet's new version as its entity tag.
		sheets.flush();
		return queries.details(sheet, by);
	}

	/** An argument the message source puts in words itself (an action's or a state's name). */
	private static DefaultMessageSourceResolvable named(String code) {
		return new DefaultMessageSourceResolvable(code);
	}

	/** Refuses the action unless the table allows it to {@code by} on this sheet now, and the client's copy is current. */
	void check(Sheet sheet, SheetAction action, @Nullable Long expectedVersion, StaffMember by) {
		if (!action.allowsRole(by.role())) {
			throw new ForbiddenException("knowledge.sheet.role-not-allowed", named(action.messageCode()));
		}
		SheetAction.Refusal refusal = action.refusal(sheet, by, access.today());
		if (refusal != null && refusal.forbidden()) {
			throw new ForbiddenException(refusal.code(), sheet.id());
		}
		if (expectedVersion != null && expectedVersion != sheet.version()) {
			throw new SheetChangedException(sheet.id());
		}
		if (!action.allowsState(sheet.state())) {
			throw new ConflictException("knowledge.sheet.wrong-state", named(action.messageCode()),
					named("knowledge.state." + sheet.state().name()));
		}
		if (!action.allowsRevisionStage(sheet.revisionStage())) {
			throw new ConflictException("knowledge.revision.wrong-stage", named(action.messageCode()),
					named("knowledge.revision.stage." + sheet.revisionStage().name()));
		}
		if (refusal != null) {
			throw new ConflictException(refusal.code(), sheet.id());
		}
	}

}
