package it.sportello.citizens.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Runs a {@link CitizenQuery}: each kind it may be is searched, exact keys first, and the matches are
 * merged without repeats up to the limit, so that a typed fiscal code or phone shows its owner on top.
 */
@Component
class CitizenSearch {

	/** Fewer digits than this match too many numbers to be useful. */
	private static final int MIN_PHONE_DIGITS = 6;

	private static final Sort BY_NAME = Sort.by("lastName", "firstName", "companyName", "id");

	private final CitizenRepository citizens;

	CitizenSearch(CitizenRepository citizens) {
		this.citizens = citizens;
	}

	List<Citizen> run(CitizenQuery query, int limit) {
		Map<Long, Citizen> found = new LinkedHashMap<>();
		for (CitizenQuery.Kind kind : query.kinds()) {
			if (found.size() >= limit) {
				break;
			}
			Limit remaining = Limit.of(limit - found.size());
			List<Citizen> matches = switch (kind) {
				case FISCAL_CODE -> citizens.findByFiscalCodeStartingWithOrderByFiscalCode(query.fiscalCodePrefix(),
						remaining);
				case PHONE -> byPhone(query, remaining);
				case EMAIL -> citizens.findByEmailStartingWithOrderByEmail(query.emailPrefix(), remaining);
				case NAME -> byName(query.nameWords(), remaining);
			};
			matches.forEach(citizen -> found.putIfAbsent(citizen.id(), citizen));
		}
		return found.values().stream().limit(limit).toList();
	}

	private List<Citizen> byPhone(CitizenQuery query, Limit limit) {
		List<Citizen> exact = query.phone().map(phone -> citizens.findByPhoneOrderByUpdatedAtDesc(phone, limit)).orElse(List.of());
		if (!exact.isEmpty()) {
			return exact;
		}
		String digits = query.phoneDigits();
		return digits.length() < MIN_PHONE_DIGITS ? List.of()
				: citizens.findByPhoneContainingOrderByUpdatedAtDesc(digits, limit);
	}

	/** Every word typed must begin a word of the names, in any order ("rossi mario" = "mario rossi"). */
	private List<Citizen> byName(List<String> words, Limit limit) {
		if (words.isEmpty()) {
			return List.of();
		}
		Specification<Citizen> everyWord = (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			for (String word : words) {
				// Words are folded to [a-z0-9], so they carry no LIKE wildcard to escape.
				predicates.add(builder.like(root.get("searchName"), "% " + word + "%"));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
		return citizens.findBy(everyWord, q -> q.sortBy(BY_NAME).limit(limit.max()).all());
	}

}
