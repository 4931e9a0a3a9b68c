package it.sportello.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import it.sportello.knowledge.SheetExpired;
import it.sportello.knowledge.SheetExpiring;
import it.sportello.knowledge.SheetState;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * S-KB6: moves published sheets to {@code EXPIRED} once their last day of validity (Europe/Rome) is over, and warns
 * the owning URP and the back office of the sheets whose last day is within the warning period, once for each last
 * day (a renewed validity is warned again). Operators already stop seeing a sheet at the end of its last day without
 * this job; the job makes the state say so and puts the sheet on the list to renew or archive. On one node at a time.
 */
@Component
public class SheetExpiry {

	static final String SYSTEM_USER = "sistema";

	static final String WARNING_ACTION = "EXPIRY_WARNING";

	private final SheetRepository sheets;

	private final SheetRecords records;

	private final KnowledgeAccess access;

	private final ApplicationEventPublisher events;

	private final KnowledgeProperties.Expiry settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	SheetExpiry(SheetRepository sheets, SheetRecords records, KnowledgeAccess access, ApplicationEventPublisher events,
			KnowledgeProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.sheets = sheets;
		this.records = records;
		this.access = access;
		this.events = events;
		this.settings = properties.expiry();
		this.clock = clock;
	}

	/** What one run did. */
	public record Outcome(List<String> expired, List<String> warned) {
	}

	@Scheduled(fixedDelayString = "${sportello.knowledge.expiry.every:PT5M}",
			initialDelayString = "${sportello.knowledge.expiry.every:PT5M}")
	@SchedulerLock(name = "knowledge-sheet-expiry")
	void scheduled() {
		run();
	}

	/** One run, in a transaction of its own (the scheduled call comes from this bean itself, not through a proxy). */
	public Outcome run() {
		return java.util.Objects.requireNonNull(transaction.execute(status -> runInTransaction()));
	}

	private Outcome runInTransaction() {
		LocalDate today = access.today();
		Instant now = clock.instant();
		List<String> expired = sheets.findByStateAndValidUntilBefore(SheetState.ACTIVE, today)
			.stream()
			.map(sheet -> {
				sheet.moveTo(SheetState.EXPIRED, now);
				records.step(sheet, SheetAction.EXPIRE.name(), SheetState.ACTIVE, SYSTEM_USER, SYSTEM_USER, now, null);
				events.publishEvent(new SheetExpired(sheet.id(), sheet.publishedVersion(), SYSTEM_USER, now));
				return sheet.id();
			})
			.toList();
		List<String> warned = sheets
			.findByStateAndValidUntilBetween(SheetState.ACTIVE, today, today.plusDays(settings.warningDays()))
			.stream()
			.filter(Sheet::expiryNotYetWarned)
			.map(sheet -> {
				sheet.warnedOfExpiry();
				records.step(sheet, WARNING_ACTION, SheetState.ACTIVE, SYSTEM_USER, SYSTEM_USER, now, null);
				events.publishEvent(new SheetExpiring(sheet.id(), sheet.departmentCode(),
						java.util.Objects.requireNonNull(sheet.validUntil()), now));
				return sheet.id();
			})
			.toList();
		sheets.flush();
		return new Outcome(expired, warned);
	}

}
