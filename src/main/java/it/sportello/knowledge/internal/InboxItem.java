package it.sportello.knowledge.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for the reader: its kind ({@code SIGN_OFF}, {@code SEND_NOTICE}, {@code ACKNOWLEDGE},
 * {@code PUBLISH}, {@code RENEW}, {@code ENGAGE_SUPPORT}, {@code START_DRAFT}, {@code FAQ_PROPOSAL},
 * {@code CONFIRM_TRAINING}, {@code REASSIGN}), the record it is about, its title, the date that matters (a need's deadline, a sheet's
 * last day) and the page where it is done.
 */
public record InboxItem(Kind kind, String id, String title, @Nullable LocalDate date, String href) {

	public enum Kind {

		SIGN_OFF, SEND_NOTICE, ACKNOWLEDGE, PUBLISH, RENEW, ENGAGE_SUPPORT, START_DRAFT, FAQ_PROPOSAL, CONFIRM_TRAINING, REASSIGN

	}

}
