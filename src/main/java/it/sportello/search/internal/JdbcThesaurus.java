package it.sportello.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import it.sportello.search.QueryTerms;
import it.sportello.search.Thesaurus;
import it.sportello.shared.ConflictException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Thesaurus} in the database ({@code search_synonym}, changes in {@code search_synonym_change}), read
 * by searches from an in-memory copy. The copy is replaced after every change on this node and re-read when it
 * is older than {@link #FRESH}, so a change made on another node applies within that time.
 */
@Service
class JdbcThesaurus implements Thesaurus {

	static final Duration FRESH = Duration.ofSeconds(10);

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final int MAX_TERM = 100;

	private static final int MAX_EXPANSIONS = 1000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);

	JdbcThesaurus(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The terms by their folded words, read at a time. */
	private record Snapshot(Map<List<String>, List<String>> terms, Instant read) {
	}

	/** Loads the starter thesaurus the first time the application starts on this database. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seed() {
		Integer seeded = jdbc.queryForObject("select count(*) from search_thesaurus_seed", Integer.class);
		if (seeded != null && seeded > 0) {
			return;
		}
		Kind kind = Kind.SYNONYM;
		for (String line : lines("search/thesaurus-starter.txt")) {
			if (line.startsWith("[")) {
				kind = Kind.valueOf(line.substring(1, line.indexOf(']')));
				continue;
			}
			int colon = line.indexOf(':');
			String term = normalized(line.substring(0, colon));
			List<String> expansions = Arrays.stream(line.substring(colon + 1).split(",")).map(JdbcThesaurus::normalized)
				.filter(e -> !e.isEmpty()).toList();
			jdbc.update("""
					insert into search_synonym (term, expansions, kind) select ?, ?, ?
					where not exists (select 1 from search_synonym where term = ?)""", term, String.join(", ", expansions),
					kind.name(), term);
		}
		jdbc.update("insert into search_thesaurus_seed (seeded_at) values (?)", Timestamp.from(Instant.now(clock)));
		snapshot = new Snapshot(Map.of(), Instant.EPOCH);
	}

	@Override
	public List<Entry> entries() {
		return jdbc.query("select id, term, expansions, kind, version from search_synonym order by term",
				(rs, n) -> new Entry(rs.getLong(1), rs.getString(2), split(rs.getString(3)), Kind.valueOf(rs.getString(4)),
						rs.getInt(5)));
	}

	@Override
	@Transactional
	public Entry add(Draft draft, String by) {
		Draft valid = valid(draft);
		try {
			jdbc.update("insert into search_synonym (term, expansions, kind) values (?, ?, ?)", valid.term(),
					String.join(", ", valid.expansions()), valid.kind().name());
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("search.thesaurus.term-taken", valid.term());
		}
		Entry entry = byTerm(valid.term());
		audit(by, entry.term(), "CREATED", null, entry);
		snapshot = new Snapshot(Map.of(), Instant.EPOCH);
		return entry;
	}

	@Override
	@Transactional
	public Entry change(long id, int version, Draft draft, String by) {
		Draft valid = valid(draft);
		Entry before = byId(id);
		int changed;
		try {
			changed = jdbc.update("""
					update search_synonym set term = ?, expansions = ?, kind = ?, version = version + 1
					where id = ? and version = ?""", valid.term(), String.join(", ", valid.expansions()),
					valid.kind().name(), id, version);
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("search.thesaurus.term-taken", valid.term());
		}
		if (changed == 0) {
			throw new ConflictException("search.thesaurus.changed", before.term());
		}
		Entry after = byId(id);
		audit(by, after.term(), "UPDATED", before, after);
		snapshot = new Snapshot(Map.of(), Instant.EPOCH);
		return after;
	}

	@Override
	@Transactional
	public void remove(long id, String by) {
		Entry before = byId(id);
		jdbc.update("delete from search_synonym where id = ?", id);
		audit(by, before.term(), "DELETED", before, null);
		snapshot = new Snapshot(Map.of(), Instant.EPOCH);
	}

	@Override
	public List<Expansion> expand(List<String> words) {
		Map<List<String>, List<String>> terms = current().terms();
		List<Expansion> found = new ArrayList<>();
		if (terms.isEmpty()) {
			return found;
		}
		for (int length = Math.min(MAX_TERM_WORDS, words.size()); length >= 1; length--) {
			for (int i = 0; i + length <= words.size(); i++) {
				List<String> expansions = terms.get(words.subList(i, i + length));
				if (expansions != null) {
					found.add(new Expansion(i, i + length - 1, expansions));
				}
			}
		}
		return found;
	}

	private Snapshot current() {
		Snapshot now = snapshot;
		if (Duration.between(now.read(), Instant.now(clock)).compareTo(FRESH) < 0 && now.read() != Instant.EPOCH) {
			return now;
		}
		Map<List<String>, List<String>> terms = new HashMap<>();
		List<Entry> entries = entries();
		for (Entry entry : entries) {
			terms.put(words(entry.term()), entry.expansions());
		}
		// An acronym reads both ways: records often write the acronym (OSS, FER, ATER) that a caller says in full
		// ("operatore socio sanitario"). The other kinds read one way, towards what the records write: a synonym's
		// words are common ones (contributi, autorizzazione), which read back would look for a narrower word
		// (permesso, licenza) in every request that says the general one.
		for (Entry entry : entries) {
			if (entry.kind() != Kind.ACRONYM) {
				continue;
			}
			for (String expansion : entry.expansions()) {
				List<String> said = words(expansion);
				if (said.isEmpty() || said.size() > MAX_TERM_WORDS || said.equals(words(entry.term()))) {
					continue;
				}
				List<String> readings = new ArrayList<>(terms.getOrDefault(said, List.of()));
				if (!readings.contains(entry.term())) {
					readings.add(entry.term());
				}
				terms.put(said, List.copyOf(readings));
			}
		}
		Snapshot fresh = new Snapshot(Map.copyOf(terms), Instant.now(clock));
		snapshot = fresh;
		return fresh;
	}

	private Entry byId(long id) {
		return entries().stream().filter(e -> e.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("search.thesaurus.not-found", id));
	}

	private Entry byTerm(String term) {
		return entries().stream().filter(e -> e.term().equals(term)).findFirst().orElseThrow();
	}

	private void audit(String by, String term, String action, Entry before, Entry after) {
		jdbc.update("""
				insert into search_synonym_change (changed_at, changed_by, term, action, before_data, after_data)
				values (?, ?, ?, ?, ?, ?)""", Timestamp.from(Instant.now(clock)), by, term, action, describe(before),
				describe(after));
	}

	/** The changes, newest first, at most {@code limit}. */
	List<Map<String, Object>> changes(int limit) {
		return jdbc.queryForList("""
				select changed_at, changed_by, term, action, before_data, after_data from search_synonym_change
				order by id desc fetch first ? rows only""", limit);
	}

	private static String describe(Entry entry) {
		return entry == null ? null : entry.kind() + " " + entry.term() + ": " + String.join(", ", entry.expansions());
	}

	private static Draft valid(Draft draft) {
		String term = normalized(draft.term() == null ? "" : draft.term());
		if (term.isEmpty()) {
			throw new InvalidInputException("term", "search.thesaurus.term-empty");
		}
		if (term.length() > MAX_TERM || words(term).size() > MAX_TERM_WORDS) {
			throw new InvalidInputException("term", "search.thesaurus.term-too-long", MAX_TERM, MAX_TERM_WORDS);
		}
		List<String> expansions = (draft.expansions() == null ? List.<String>of() : draft.expansions()).stream()
			.map(e -> normalized(e == null ? "" : e))
			.filter(e -> !e.isEmpty() && !e.equals(term))
			.distinct()
			.toList();
		if (expansions.isEmpty()) {
			throw new InvalidInputException("expansions", "search.thesaurus.expansions-empty");
		}
		if (String.join(", ", expansions).length() > MAX_EXPANSIONS) {
			throw new InvalidInputException("expansions", "search.thesaurus.expansions-too-long", MAX_EXPANSIONS);
		}
		if (draft.kind() == null) {
			throw new InvalidInputException("kind", "search.thesaurus.kind-empty");
		}
		return new Draft(term, expansions, draft.kind());
	}

	/** Folded, lower case, words separated by one space ("Bollo  Auto" → "bollo auto"). */
	static String normalized(String text) {
		return String.join(" ", words(text));
	}

	private static List<String> words(String text) {
		return Arrays.stream(SEPARATORS.split(QueryTerms.fold(text.strip()))).filter(w -> !w.isEmpty()).toList();
	}

	private static List<String> split(String expansions) {
		return Arrays.stream(expansions.split(",")).map(String::strip).filter(e -> !e.isEmpty()).toList();
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
