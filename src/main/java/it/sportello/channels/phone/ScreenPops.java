package it.sportello.channels.phone;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes screen-pops to the operators' open pages (server-sent events). Each node watches the {@code screen_pop}
 * table for rows newer than the last it saw and sends each to the pages its own operators opened on it: the event
 * reaches the operator whichever node the switch posted to. Not a {@code @Scheduled} job: every node must run it.
 */
@Component
public class ScreenPops implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ScreenPops.class);

	/** An open page's stream lasts this long; the browser's EventSource reconnects by itself. */
	private static final long STREAM_TIMEOUT_MS = 30 * 60 * 1000L;

	private final JdbcTemplate jdbc;

	private final long intervalMs;

	private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "screen-pops");
		thread.setDaemon(true);
		return thread;
	});

	/** A pop is for a call ringing now: an hour later it is of no use to anyone. */
	private static final Duration KEEP = Duration.ofHours(1);

	private final Clock clock;

	private volatile long lastSeen = -1;

	private volatile Instant nextPurge = Instant.MIN;

	private volatile @Nullable ScheduledFuture<?> polling;

	ScreenPops(JdbcTemplate jdbc, CtiProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.intervalMs = Math.max(50, properties.popPollInterval().toMillis());
	}

	/** A stream for the operator's page; the pops for them from now on are sent to it. */
	public SseEmitter open(String username) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
		List<SseEmitter> mine = streams.computeIfAbsent(username, user -> new CopyOnWriteArrayList<>());
		mine.add(emitter);
		Runnable remove = () -> mine.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		try {
			// Sent at once so that the page (and a test) knows the stream is listening.
			emitter.send(SseEmitter.event().name("ready").data("ready"));
		}
		catch (IOException gone) {
			remove.run();
		}
		return emitter;
	}

	void poll() {
		try {
			if (lastSeen < 0) {
				Long max = jdbc.queryForObject("select max(id) from screen_pop", Long.class);
				lastSeen = max == null ? 0 : max;
				return;
			}
			jdbc.query("select id, call_id, username from screen_pop where id > ? order by id", row -> {
				lastSeen = Math.max(lastSeen, row.getLong(1));
				send(row.getString(3), row.getString(2));
			}, lastSeen);
			Instant now = clock.instant();
			if (now.isAfter(nextPurge)) {
				// Every node may do it: deleting rows another node deleted already is nothing.
				jdbc.update("delete from screen_pop where created_at < ?", Timestamp.from(now.minus(KEEP)));
				nextPurge = now.plus(Duration.ofMinutes(10));
			}
		}
		catch (RuntimeException failure) {
			// The database may be away for a moment: the next round tries again from the same row.
			log.warn("screen-pop poll failed: {}", failure.getMessage());
		}
	}

	private void send(String username, String callId) {
		for (SseEmitter emitter : streams.getOrDefault(username, List.of())) {
			try {
				emitter.send(SseEmitter.event().name("call").data(callId));
			}
			catch (IOException | IllegalStateException gone) {
				streams.getOrDefault(username, List.of()).remove(emitter);
			}
		}
	}

	@Override
	public void start() {
		if (polling == null) {
			polling = poller.scheduleWithFixedDelay(this::poll, 0, intervalMs, TimeUnit.MILLISECONDS);
		}
	}

	/** Pauses polling only; the executor stays for a restart (a paused test context starts again). */
	@Override
	public void stop() {
		ScheduledFuture<?> running = polling;
		if (running != null) {
			running.cancel(false);
		}
		polling = null;
	}

	@Override
	public boolean isRunning() {
		return polling != null;
	}

	@Override
	public void destroy() {
		poller.shutdownNow();
	}

}
