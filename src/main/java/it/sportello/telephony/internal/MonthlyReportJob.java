package it.sportello.telephony.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import it.sportello.shared.calendar.WorkingCalendar;
import it.sportello.telephony.Telephony;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first working day of each month, stores the previous month's telephone report as PDF, to be downloaded
 * from the report's page (and sent to the managers once the application sends mail). Runs every morning and does
 * nothing on other days or when the PDF is already stored; one node at a time (ShedLock).
 */
@Component
public class MonthlyReportJob {

	private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);

	private final Telephony telephony;

	private final ReportDocument document;

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	private final TelephonyProperties properties;

	private final Clock clock;

	MonthlyReportJob(Telephony telephony, ReportDocument document, JdbcTemplate jdbc, WorkingCalendar calendar,
			TelephonyProperties properties, Clock clock) {
		this.telephony = telephony;
		this.document = document;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${sportello.telephony.monthly-report-cron:0 30 6 * * *}", zone = "${sportello.telephony.zone:Europe/Rome}")
	@SchedulerLock(name = "telephony-monthly-report")
	public void run() {
		LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
		if (!isFirstWorkingDay(today)) {
			return;
		}
		store(YearMonth.from(today).minusMonths(1));
	}

	boolean isFirstWorkingDay(LocalDate day) {
		if (!calendar.isWorkingDay(day)) {
			return false;
		}
		for (LocalDate d = day.withDayOfMonth(1); d.isBefore(day); d = d.plusDays(1)) {
			if (calendar.isWorkingDay(d)) {
				return false;
			}
		}
		return true;
	}

	/** Stores the month's PDF unless it is stored already; returns whether it stored it. */
	public boolean store(YearMonth month) {
		Integer stored = jdbc.queryForObject("select count(*) from telephony_monthly_pdf where month_start = ?",
				Integer.class, java.sql.Date.valueOf(month.atDay(1)));
		if (stored != null && stored > 0) {
			return false;
		}
		byte[] pdf = document.pdf(telephony.report(month.atDay(1), month.atEndOfMonth(), null), Locale.ITALIAN);
		jdbc.update("insert into telephony_monthly_pdf (month_start, created_at, content) values (?, ?, ?)",
				java.sql.Date.valueOf(month.atDay(1)), Timestamp.from(clock.instant()), pdf);
		log.info("Telephone report of {} stored ({} bytes)", month, pdf.length);
		return true;
	}

	public List<YearMonth> storedMonths() {
		return jdbc.queryForList("select month_start from telephony_monthly_pdf order by month_start desc", java.sql.Date.class)
			.stream()
			.map(d -> YearMonth.from(d.toLocalDate()))
			.toList();
	}

	public byte[] stored(YearMonth month) {
		List<byte[]> pdf = jdbc.query("select content from telephony_monthly_pdf where month_start = ?",
				(rs, n) -> rs.getBytes(1), java.sql.Date.valueOf(month.atDay(1)));
		if (pdf.isEmpty()) {
			throw new it.sportello.shared.NotFoundException("telephony.monthly.not-found", month.toString());
		}
		return pdf.get(0);
	}

}
