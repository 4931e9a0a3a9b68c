package it.sportello.telephony.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Operators available per local half-hour, replayed from the members' events: an operator is available in a queue
 * from ADDMEMBER to REMOVEMEMBER, except between PAUSE and UNPAUSE (a PAUSEALL / UNPAUSEALL, stored with queue
 * {@code NONE}, pauses every queue). For all queues an operator counts once, when available in any of them.
 */
@Component
class StaffPresence {

	private final JdbcTemplate jdbc;

	private final TelephonyProperties properties;

	StaffPresence(JdbcTemplate jdbc, TelephonyProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	private record Event(long epoch, String queue, String agent, String type) {
	}

	/** Average operators available per {@code day/halfHour} key, for the local dates from..to. */
	Map<String, Double> averageAvailable(LocalDate from, LocalDate to, @Nullable String queue) {
		long start = TelephonyService.startOf(from, properties.zone());
		long end = TelephonyService.startOf(to.plusDays(1), properties.zone());
		// Every event up to the end: who was logged in when the period began depends on what came before it.
		List<Event> events = jdbc.query("select at_epoch, queue, agent, event from telephony_member_event "
				+ "where at_epoch < ? order by at_epoch, case event when 'REMOVEMEMBER' then 0 when 'PAUSE' then 1 "
				+ "when 'UNPAUSE' then 2 else 3 end", (rs, n) -> new Event(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getString(4)), end);
		Map<String, Set<String>> memberOf = new HashMap<>();
		Set<String> pausedEverywhere = new HashSet<>();
		Set<String> pausedIn = new HashSet<>();
		Map<String, Long> availableSince = new HashMap<>();
		Map<String, Double> seconds = new HashMap<>();
		Map<String, Double> length = new HashMap<>();
		LocalSlots slots = new LocalSlots(properties.zone());
		// The real length of each local half-hour: 3,600 s for those that happen twice on the autumn DST day.
		add(start, end, slots, length);
		for (Event event : events) {
			Set<String> queues = memberOf.computeIfAbsent(event.agent, a -> new HashSet<>());
			switch (event.type) {
				case "ADDMEMBER" -> queues.add(event.queue);
				case "REMOVEMEMBER" -> {
					queues.remove(event.queue);
					pausedIn.remove(event.agent + '|' + event.queue);
				}
				case "PAUSE" -> {
					if ("NONE".equals(event.queue)) {
						pausedEverywhere.add(event.agent);
					}
					else {
						pausedIn.add(event.agent + '|' + event.queue);
					}
				}
				case "UNPAUSE" -> {
					if ("NONE".equals(event.queue)) {
						pausedEverywhere.remove(event.agent);
						pausedIn.removeIf(key -> key.startsWith(event.agent + '|'));
					}
					else {
						pausedIn.remove(event.agent + '|' + event.queue);
					}
				}
				default -> {
				}
			}
			boolean available = !pausedEverywhere.contains(event.agent) && queues.stream()
				.anyMatch(q -> (queue == null || q.equals(queue)) && !pausedIn.contains(event.agent + '|' + q));
			Long since = availableSince.get(event.agent);
			if (available && since == null) {
				availableSince.put(event.agent, event.epoch);
			}
			else if (!available && since != null) {
				availableSince.remove(event.agent);
				add(Math.max(since, start), Math.min(event.epoch, end), slots, seconds);
			}
		}
		for (long since : availableSince.values()) {
			add(Math.max(since, start), end, slots, seconds);
		}
		Map<String, Double> average = new HashMap<>();
		seconds.forEach((key, s) -> average.put(key, s / length.getOrDefault(key, 1800.0)));
		return average;
	}

	/** Adds the seconds of [from, to) to the half-hours they fall in. */
	private static void add(long from, long to, LocalSlots slots, Map<String, Double> seconds) {
		long t = from;
		while (t < to) {
			slots.at(t);
			long next = Math.min(to, t + (1800 - Math.floorMod(slots.localSeconds, 1800)));
			seconds.merge(slots.day() + "/" + slots.halfHour(), (double) (next - t), Double::sum);
			t = next;
		}
	}

}
