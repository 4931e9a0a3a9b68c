package it.sportello.search.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import it.sportello.search.HitType;
import it.sportello.search.SearchLearning;
import it.sportello.shared.EveryNode;
import it.sportello.shared.NotFoundException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SearchLearning} in the database ({@code search_log}, {@code search_boost}). A user's searches are one
 * search while they keep typing: each new text within {@code quiet} of the previous one replaces it (its search
 * id still names it), and the search is written down when a choice is made from it or, with no choice, once the
 * user has been quiet for that long. The pending searches live on the node that answered them.
 */
@Service
@EnableConfigurationProperties(SearchLearningProperties.class)
class JdbcSearchLearning implements SearchLearning {

	/** What one choice adds to a text → entry weight (0 to 1). */
	static final double STEP = 0.25;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SearchLearningProperties properties;

	/** The search each user is typing, by user name. */
	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	/** The user of every search id still pending. */
	private final Map<String, String> users = new ConcurrentHashMap<>();

	/**
	 * The texts that have a learnt boost, so that a search whose text has none (most of them) asks the database
	 * nothing. A boost learnt on this node is added at once; one learnt on another node is seen at the next
	 * {@link #reloadBoostedTexts}. A text whose boosts were deleted stays until the next start, and only costs a query
	 * that finds nothing.
	 */
	private final Set<String> boostedTexts = ConcurrentHashMap.newKeySet();

	JdbcSearchLearning(JdbcTemplate jdbc, Clock clock, SearchLearningProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	private record Pending(String searchId, String text, int hits, Instant at) {
	}

	@Override
	public String searched(String rawText, int hits) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return searched(user == null ? "" : user.getName(), rawText, hits);
	}

	/** Records a search as typed so far; returns its search id. */
	String searched(String user, String rawText, int hits) {
		Instant now = Instant.now(clock);
		String searchId = UUID.randomUUID().toString();
		Pending next = new Pending(searchId, SearchTexts.kept(rawText), hits, now);
		Pending previous = pending.put(user, next);
		users.put(searchId, user);
		if (previous != null && Duration.between(previous.at(), now).compareTo(properties.quiet()) >= 0) {
			// The previous search ended in silence: it is written down as one without a choice.
			write(previous, null, null);
			forgetIds(previous.searchId());
		}
		return searchId;
	}

	@Override
	@Transactional
	public void chosen(String searchId, HitType type, String id) {
		String user = users.get(searchId);
		Pending search = user == null ? null : pending.remove(user);
		if (search != null) {
			write(search, type, id);
			users.values().removeIf(user::equals);
			boost(search.text(), type, id);
			return;
		}
		List<String> texts = jdbc.queryForList("select text from search_log where search_id = ?", String.class,
				searchId);
		if (texts.isEmpty()) {
			throw new NotFoundException("search.learning.search-unknown", searchId);
		}
		jdbc.update("update search_log set chosen_type = ?, chosen_id = ?, chosen_at = ? where search_id = ?",
				type.name(), id, Timestamp.from(Instant.now(clock)), searchId);
		boost(texts.get(0), type, id);
	}

	/** Reads which texts have a learnt boost: at start, then every half minute for those learnt on other nodes. */
	@Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT0S")
	@EveryNode("each node keeps in memory which texts have a boost")
	void reloadBoostedTexts() {
		boostedTexts.addAll(jdbc.queryForList("select distinct text from search_boost", String.class));
	}

	/** The learnt boosts for a text (as typed), by {@code TYPE:id}, each at most {@code maxBoost}. */
	Map<String, Double> boostsFor(String rawText) {
		String text = SearchTexts.kept(rawText);
		if (!boostedTexts.contains(text)) {
			return Map.of();
		}
		Map<String, Double> boosts = new HashMap<>();
		jdbc.query("select hit_type, hit_id, weight, updated_at from search_boost where text = ?", rs -> {
			double weight = decayed(rs.getDouble(3), rs.getTimestamp(4).toInstant());
			boosts.put(rs.getString(1) + ":" + rs.getString(2), properties.maxBoost() * weight);
		}, text);
		return boosts;
	}

	@Override
	public List<Boost> boosts() {
		return jdbc.query("select text, hit_type, hit_id, weight, updated_at from search_boost", (rs, n) -> {
			Instant at = rs.getTimestamp(5).toInstant();
			return new Boost(rs.getString(1), HitType.valueOf(rs.getString(2)), rs.getString(3),
					decayed(rs.getDouble(4), at), at);
		}).stream().sorted((a, b) -> Double.compare(b.weight(), a.weight())).toList();
	}

	@Override
	public void forget(String text, HitType type, String id) {
		if (jdbc.update("delete from search_boost where text = ? and hit_type = ? and hit_id = ?", text, type.name(),
				id) == 0) {
			throw new NotFoundException("search.learning.boost-unknown", text);
		}
	}

	@Override
	public List<Unanswered> unanswered(int limit) {
		return jdbc.query("""
				select text, hits, searched_at from search_log where chosen_id is null
				order by searched_at desc fetch first ? rows only""",
				(rs, n) -> new Unanswered(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()),
				Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * Writes down the searches that ended in silence, so that they are listed without waiting for another. Every
	 * node runs it for the searches it holds in memory: no scheduler lock, on purpose.
	 */
	@Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
	@EveryNode("the searches waiting for a choice are held in this node's memory")
	void endQuietSearches() {
		Instant now = Instant.now(clock);
		for (Map.Entry<String, Pending> entry : pending.entrySet()) {
			Pending search = entry.getValue();
			if (Duration.between(search.at(), now).compareTo(properties.quiet()) >= 0
					&& pending.remove(entry.getKey(), search)) {
				write(search, null, null);
				forgetIds(search.searchId());
			}
		}
	}

	/** Search texts and boosts older than {@code keep} are deleted. */
	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
	@SchedulerLock(name = "search-learning-purge")
	void purge() {
		Timestamp before = Timestamp.from(Instant.now(clock).minus(properties.keep()));
		jdbc.update("delete from search_log where searched_at < ?", before);
		jdbc.update("delete from search_boost where updated_at < ?", before);
	}

	private void forgetIds(String searchId) {
		String user = users.remove(searchId);
		if (user != null && !pending.containsKey(user)) {
			users.values().removeIf(user::equals);
		}
	}

	private void write(Pending search, HitType type, String id) {
		jdbc.update("""
				insert into search_log (search_id, text, hits, searched_at, chosen_type, chosen_id, chosen_at)
				values (?, ?, ?, ?, ?, ?, ?)""", search.searchId(), search.text(), search.hits(),
				Timestamp.from(search.at()), type == null ? null : type.name(), id,
				type == null ? null : Timestamp.from(Instant.now(clock)));
	}

	private void boost(String text, HitType type, String id) {
		boostedTexts.add(text);
		Instant now = Instant.now(clock);
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select weight, updated_at from search_boost where text = ? and hit_type = ? and hit_id = ?", text,
				type.name(), id);
		if (rows.isEmpty()) {
			jdbc.update("insert into search_boost (text, hit_type, hit_id, weight, updated_at) values (?, ?, ?, ?, ?)",
					text, type.name(), id, STEP, Timestamp.from(now));
			return;
		}
		double weight = decayed(((Number) rows.get(0).get("weight")).doubleValue(),
				((Timestamp) rows.get(0).get("updated_at")).toInstant());
		jdbc.update("update search_boost set weight = ?, updated_at = ? where text = ? and hit_type = ? and hit_id = ?",
				Math.min(1.0, weight + STEP), Timestamp.from(now), text, type.name(), id);
	}

	/** A weight halved for every half-life since it was last raised. */
	private double decayed(double weight, Instant since) {
		double halfLives = (double) Duration.between(since, Instant.now(clock)).toMillis()
				/ properties.halfLife().toMillis();
		return weight * Math.pow(0.5, Math.max(0, halfLives));
	}

}
