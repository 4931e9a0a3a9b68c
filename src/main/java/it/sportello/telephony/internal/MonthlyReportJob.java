package it.sportello.telephony.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import it.sportello.identity.Role;
import it.sportello.identity.StaffDirectory;
import it.sportello.shared.calendar.WorkingCalendar;
import it.sportello.telephony.Telephony;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first working day of each month, stores the previous month's telephone report as PDF, to be downloaded
 * from the report's page, and e-mails it to the managers (the enabled users with role {@code MANAGER} that have an
 * e-mail in their profile) when a mail server is set ({@code spring.mail.host}). Runs every morning: it stores
 * nothing on other days or when the PDF is already stored, and sends a stored PDF not yet sent (a mail server that
 * was down is tried again the next morning); one node at a time (ShedLock).
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

	private final StaffDirectory staff;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	MonthlyReportJob(Telephony telephony, ReportDocument document, JdbcTemplate jdbc, WorkingCalendar calendar,
			TelephonyProperties properties, Clock clock, StaffDirectory staff, ObjectProvider<JavaMailSender> mailSender,
			MessageSource messages, Environment environment) {
		this.staff = staff;
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = environment.getProperty("sportello.mail.from", "sportello@localhost");
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
		YearMonth previous = YearMonth.from(today).minusMonths(1);
		if (isFirstWorkingDay(today)) {
			store(previous);
		}
		mail(previous);
	}

	/**
	 * Sends the month's stored PDF to the managers unless it was sent already; returns to how many addresses it sent
	 * it (0: not stored, already sent, no mail server or no manager with an e-mail).
	 */
	public int mail(YearMonth month) {
		java.sql.Date start = java.sql.Date.valueOf(month.atDay(1));
		List<byte[]> unsent = jdbc.query("select content from telephony_monthly_pdf where month_start = ? and mailed_at is null",
				(rs, n) -> rs.getBytes(1), start);
		JavaMailSender sender = mailSender.getIfAvailable();
		if (unsent.isEmpty() || sender == null) {
			return 0;
		}
		List<String> managers = staff.emailsOfEnabledWithRole(Role.MANAGER);
		if (managers.isEmpty()) {
			log.info("Telephone report of {} not e-mailed: no manager has an e-mail address", month);
			return 0;
		}
		Locale locale = Locale.ITALIAN;
		String monthName = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
		int sent = 0;
		for (String address : managers) {
			try {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
				helper.setFrom(from);
				helper.setTo(address);
				helper.setSubject(messages.getMessage("telephony.monthly.mail.subject", new Object[] { monthName }, locale));
				helper.setText(messages.getMessage("telephony.monthly.mail.body", new Object[] { monthName }, locale));
				helper.addAttachment("rapporto-telefonico-" + month + ".pdf", new ByteArrayResource(unsent.get(0)),
						"application/pdf");
				message.setHeader("Auto-Submitted", "auto-generated");
				sender.send(message);
				sent++;
			}
			catch (MailException | MessagingException ex) {
				// The address is personal data: the log says how many were not reached, not who.
				log.warn("Telephone report of {} not e-mailed to one of the managers: {}", month,
						ex.getClass().getSimpleName());
			}
		}
		if (sent > 0) {
			jdbc.update("update telephony_monthly_pdf set mailed_at = ? where month_start = ?",
					Timestamp.from(clock.instant()), start);
			log.info("Telephone report of {} e-mailed to {} of {} managers", month, sent, managers.size());
		}
		return sent;
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
