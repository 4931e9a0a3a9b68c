package it.sportello.citizens.web;

import it.sportello.citizens.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Phone numbers on pages as people write them ({@code ${@phones.display(citizen.phone)}}): "333 123 4567", not the
 * stored "+393331234567". A link keeps the stored form ({@code tel:+39...}).
 */
@Component("phones")
public class PhoneDisplay {

	public String display(@Nullable String stored) {
		if (stored == null || stored.isBlank()) {
			return "";
		}
		return PhoneNumber.tryParse(stored).map(PhoneNumber::display).orElse(stored);
	}

}
