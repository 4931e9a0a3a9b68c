package it.sportello.channels.letters.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import it.sportello.channels.letters.PaperRequest;
import it.sportello.citizens.CitizenDetails;
import it.sportello.citizens.CitizenKind;
import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A letter, fax or counter visit as the page's form and the API's multipart body send it. */
record LetterForm(@Nullable Channel channel, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
		@Nullable String protocolNumber, @Nullable String categoryCode, @Nullable String subject,
		@Nullable String description, @Nullable String firstName, @Nullable String lastName,
		@Nullable String companyName, @Nullable String fiscalCode, @Nullable String phone, @Nullable String email) {

	static LetterForm empty(LocalDate today) {
		return new LetterForm(Channel.LETTER, today, null, "INFORMAZIONI", null, null, null, null, null, null, null,
				null);
	}

	PaperRequest toRequest(@Nullable List<MultipartFile> files) {
		CitizenDetails citizen = new CitizenDetails(
				companyName != null && !companyName.isBlank() ? CitizenKind.COMPANY : CitizenKind.PERSON, blank(firstName),
				blank(lastName), blank(companyName), blank(fiscalCode), blank(phone), blank(email), null);
		return new PaperRequest(channel, receivedOn, protocolNumber, categoryCode, subject, description, citizen,
				scans(files));
	}

	static List<PaperRequest.Scan> scans(@Nullable List<MultipartFile> files) {
		List<PaperRequest.Scan> scans = new ArrayList<>();
		if (files == null) {
			return scans;
		}
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename();
			if (file.isEmpty() && (name == null || name.isBlank())) {
				continue;
			}
			try {
				scans.add(new PaperRequest.Scan(name == null || name.isBlank() ? "scansione" : name, file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return scans;
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
