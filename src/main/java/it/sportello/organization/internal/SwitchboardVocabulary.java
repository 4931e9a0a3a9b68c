package it.sportello.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import it.sportello.search.QueryTerms;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The switchboard's own words, read from the tables under {@code organization/search/}: the short forms and
 * pet names of Italian first names ({@code first-names.txt}), the titles callers say and the ones the
 * directory stores ({@code titles.txt}), abbreviations ({@code abbreviations.txt}), the fillers of a spoken
 * request ({@code fillers.txt}) and the words that ask for the head of an office ({@code functions.txt}).
 * They are data, so that they can be completed without touching the code.
 */
@Component
class SwitchboardVocabulary {

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** The longest phrase the tables hold, in words. */
	private static final int LONGEST_PHRASE = 3;

	private final Map<String, Set<String>> firstNames;

	private final Map<List<String>, String> titles;

	private final Map<String, List<String>> abbreviations;

	private final Set<String> fillers;

	private final Map<List<String>, Set<String>> functions;

	private final Set<String> optional;

	SwitchboardVocabulary() {
		this.firstNames = readFirstNames("organization/search/first-names.txt");
		this.titles = new HashMap<>();
		table("organization/search/titles.txt").forEach((stored, spoken) -> {
			titles.put(words(stored), stored);
			spoken.forEach(s -> titles.put(words(s), stored));
		});
		this.abbreviations = new HashMap<>();
		table("organization/search/abbreviations.txt")
			.forEach((abbreviation, meaning) -> abbreviations.put(QueryTerms.fold(abbreviation), words(meaning.get(0))));
		this.fillers = Set.copyOf(lines("organization/search/fillers.txt").stream().map(QueryTerms::fold).toList());
		this.functions = new HashMap<>();
		table("organization/search/functions.txt")
			.forEach((phrase, positions) -> functions.put(words(phrase), new LinkedHashSet<>(positions)));
		this.optional = fillers;
	}

	/**
	 * A request read with these tables: abbreviations spelt out; the function it asks for, the titles it says
	 * and its fillers taken out of the words to find.
	 * @throws it.sportello.shared.InvalidInputException for an empty or over-long request
	 */
	SwitchboardRequest read(String query) {
		QueryTerms asTyped = QueryTerms.parse(query, optional);
		List<String> words = new ArrayList<>();
		for (String word : SEPARATORS.split(QueryTerms.fold(query.strip()))) {
			if (!word.isEmpty()) {
				words.addAll(abbreviations.getOrDefault(word, List.of(word)));
			}
		}
		Set<String> positions = new LinkedHashSet<>();
		Set<String> storedTitles = new LinkedHashSet<>();
		List<String> rest = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int matched = 0;
			for (int length = Math.min(LONGEST_PHRASE, words.size() - i); length >= 1 && matched == 0; length--) {
				List<String> phrase = words.subList(i, i + length);
				Set<String> function = functions.get(phrase);
				String title = titles.get(phrase);
				if (function != null) {
					positions.addAll(function);
					matched = length;
				}
				else if (title != null) {
					storedTitles.add(title);
					matched = length;
				}
			}
			if (matched == 0) {
				if (!fillers.contains(words.get(i))) {
					rest.add(words.get(i));
				}
				matched = 1;
			}
			i += matched;
		}
		boolean anythingLeft = rest.stream().anyMatch(w -> !QueryTerms.isParticle(w));
		if (!anythingLeft) {
			// Only a title or a function ("dirigente", "dottoressa"): searched as typed.
			return new SwitchboardRequest(asTyped, Set.of(), Set.of(), Map.of(), Map.of());
		}
		QueryTerms terms = QueryTerms.parse(String.join(" ", rest), optional);
		return new SwitchboardRequest(terms, Set.copyOf(positions), Set.copyOf(storedTitles), Map.of(), Map.of());
	}

	/** The full first names a word may stand for ({@code peppe} → {@code giuseppe}), folded; empty if none. */
	Set<String> firstNamesFor(String folded) {
		return firstNames.getOrDefault(folded, Set.of());
	}

	/** The words never required by themselves, folded. */
	Set<String> optionalWords() {
		return optional;
	}

	/** A request with what the switchboard's tables told about it. */
	record SwitchboardRequest(QueryTerms terms, Set<String> positions, Set<String> titles, Map<String, String> stems,
			Map<Integer, List<String>> alternatives) {

		/**
		 * The same request with the stem of each word as the index writes it ({@code vaccini} → {@code vaccin}),
		 * for the relaxed passes, which look for words that begin with it ({@code vaccinazioni}).
		 */
		SwitchboardRequest withStems(Map<String, String> stems) {
			return new SwitchboardRequest(terms, positions, titles, Map.copyOf(stems), alternatives);
		}

		/**
		 * The same request with what the thesaurus reads in its words, by word index: {@code durc} may also be
		 * {@code documento unico di regolarita contributiva}.
		 */
		SwitchboardRequest withAlternatives(Map<Integer, List<String>> alternatives) {
			return new SwitchboardRequest(terms, positions, titles, stems, Map.copyOf(alternatives));
		}

	}

	private static List<String> words(String text) {
		return Arrays.stream(SEPARATORS.split(QueryTerms.fold(text))).filter(w -> !w.isEmpty()).toList();
	}

	private static Map<String, Set<String>> readFirstNames(String path) {
		Map<String, Set<String>> names = new HashMap<>();
		table(path).forEach((full, shortForms) -> {
			String name = String.join(" ", words(full));
			for (String shortForm : shortForms) {
				String key = String.join("", words(shortForm));
				if (!key.equals(name.replace(" ", ""))) {
					names.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(name);
				}
			}
		});
		return Map.copyOf(names);
	}

	/** A table of {@code key: value, value} lines, in file order. */
	private static Map<String, List<String>> table(String path) {
		Map<String, List<String>> table = new java.util.LinkedHashMap<>();
		for (String line : lines(path)) {
			int colon = line.indexOf(':');
			if (colon < 1) {
				throw new IllegalStateException(path + ": expected «key: value, value» in «" + line + "»");
			}
			List<String> values = Arrays.stream(line.substring(colon + 1).split(","))
				.map(String::strip)
				.filter(v -> !v.isEmpty())
				.toList();
			table.merge(line.substring(0, colon).strip(), values, (a, b) -> {
				List<String> both = new ArrayList<>(a);
				both.addAll(b);
				return both;
			});
		}
		return table;
	}

	private static List<String> lines(String path) {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
