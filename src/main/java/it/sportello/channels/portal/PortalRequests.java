package it.sportello.channels.portal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.shared.Channel;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.attachments.AttachmentId;
import it.sportello.shared.attachments.AttachmentView;
import it.sportello.shared.attachments.Attachments;
import it.sportello.shared.ratelimit.Attempt;
import it.sportello.shared.ratelimit.AttemptKey;
import it.sportello.shared.ratelimit.AttemptLimit;
import it.sportello.shared.ratelimit.AttemptLimits;
import it.sportello.shared.ratelimit.TooManyAttemptsException;
import it.sportello.ticketing.ChannelRequest;
import it.sportello.ticketing.IncomingMessage;
import it.sportello.ticketing.OpenedTicket;
import it.sportello.ticketing.TicketDesk;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen's request from the web portal becomes a ticket of channel WEB, with its files and an access code. Without
 * a CAPTCHA service, abuse is held back by a limit of requests per address (counted in the database, so on every
 * node), a honeypot field and size limits. The files, the ticket and the access code are written in one transaction:
 * a refused file or detail leaves nothing behind.
 */
@Service
@EnableConfigurationProperties(PortalProperties.class)
public class PortalRequests {

	private static final Logger log = LoggerFactory.getLogger(PortalRequests.class);

	private static final int SUBJECT_LENGTH = 100;

	private final TicketDesk desk;

	private final Attachments attachments;

	private final AccessCodes accessCodes;

	private final AttemptLimits limits;

	private final PortalProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PortalRequests(TicketDesk desk, Attachments attachments, AccessCodes accessCodes, AttemptLimits limits,
			PortalProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.desk = desk;
		this.attachments = attachments;
		this.accessCodes = accessCodes;
		this.limits = limits;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	public SubmittedRequest submit(PortalRequest request, String clientAddress) {
		if (request.website() != null && !request.website().isBlank()) {
			// A field hidden from people and filled by a robot: refused like any invalid request, nothing kept.
			log.info("portal request refused: honeypot field filled");
			throw new InvalidInputException("website", "portal.request.refused");
		}
		validate(request);
		// Taken before the transaction (AttemptLimits commits on its own) and never given back: every request counts.
		AttemptLimit limit = new AttemptLimit(properties.requestsPerAddress(), properties.requestsWindow(),
				properties.requestsWindow());
		Attempt attempt = limits.attempt(new AttemptKey("portal-request", clientAddress), limit);
		if (!attempt.granted()) {
			throw new TooManyAttemptsException(attempt, "portal.request.too-many");
		}
		SubmittedRequest submitted = transaction.execute(tx -> open(request));
		if (submitted == null) {
			throw new IllegalStateException("the opening transaction returned nothing");
		}
		return submitted;
	}

	private SubmittedRequest open(PortalRequest request) {
		List<AttachmentId> files = new ArrayList<>();
		for (PortalRequest.Upload upload : request.files()) {
			AttachmentView stored = attachments.store(upload.name(), new ByteArrayInputStream(upload.content()));
			if (!properties.allowedTypes().contains(stored.mediaType())) {
				throw new InvalidInputException("files", "portal.file.type-not-allowed", stored.name());
			}
			files.add(stored.id());
		}
		String text = request.text().strip();
		CitizenDetails citizen = new CitizenDetails(CitizenKind.PERSON, blankToNull(request.firstName()),
				blankToNull(request.lastName()), null, blankToNull(request.fiscalCode()), blankToNull(request.phone()),
				blankToNull(request.email()), preferred(request));
		String from = citizen.email() != null ? citizen.email() : String.valueOf(citizen.phone());
		IncomingMessage message = new IncomingMessage(Channel.WEB, from, null, null, text, clock.instant(), null,
				files);
		String category = blankToNull(request.categoryCode());
		OpenedTicket opened = desk.open(new ChannelRequest(category == null ? properties.defaultCategory() : category,
				subject(text), text, citizen, message));
		return new SubmittedRequest(opened.number().value(), accessCodes.issue(opened.number()));
	}

	private void validate(PortalRequest request) {
		if (!request.privacyConsent()) {
			throw new InvalidInputException("privacyConsent", "portal.privacy.required");
		}
		if (request.text() == null || request.text().isBlank()) {
			throw new InvalidInputException("text", "portal.text.required");
		}
		if (request.text().length() > properties.maxTextLength()) {
			throw new InvalidInputException("text", "portal.text.too-long", properties.maxTextLength());
		}
		if (blankToNull(request.firstName()) == null || blankToNull(request.lastName()) == null) {
			throw new InvalidInputException(blankToNull(request.firstName()) == null ? "firstName" : "lastName",
					"portal.name.required");
		}
		if (blankToNull(request.email()) == null && blankToNull(request.phone()) == null) {
			throw new InvalidInputException("email", "portal.contact.required");
		}
		if (request.files().size() > properties.maxFiles()) {
			throw new InvalidInputException("files", "portal.file.too-many", properties.maxFiles());
		}
	}

	/** The channel the citizen asked for, or the one their details allow: e-mail when given, else SMS. */
	private static Channel preferred(PortalRequest request) {
		if (request.preferredChannel() != null) {
			return request.preferredChannel();
		}
		return blankToNull(request.email()) != null ? Channel.EMAIL : Channel.SMS;
	}

	/** The first line of the text, cut at a word near the subject's length. */
	static String subject(String text) {
		String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(text.strip());
		if (line.length() <= SUBJECT_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', SUBJECT_LENGTH - 1);
		return line.substring(0, cut > SUBJECT_LENGTH / 2 ? cut : SUBJECT_LENGTH - 1) + "…";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The categories the form offers, in the reader's language. */
	public List<CategoryChoice> categories(Locale locale) {
		return desk.activeCategories().stream().map(c -> new CategoryChoice(c.code(), c.label(locale))).toList();
	}

	public String defaultCategory() {
		return properties.defaultCategory();
	}

	public PortalProperties limits() {
		return properties;
	}

	/** A category as the form shows it. */
	public record CategoryChoice(String code, String label) {
	}

}
