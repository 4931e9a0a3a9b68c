package it.sportello.channels.phone;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One event of Zammad's generic CTI API, as a switch or a bridge posts it: {@code newCall}, {@code answer} or
 * {@code hangup}, with the call's id, its direction ({@code in}/{@code out}), the numbers, the users it rings for
 * ({@code user[]}), the queue, the hang-up cause and the number that answered.
 */
public record CtiEvent(@Nullable String event, @Nullable String from, @Nullable String to, @Nullable String direction,
		@Nullable String callId, List<String> user, @Nullable String queue, @Nullable String cause,
		@Nullable String answeringNumber) {

	public CtiEvent {
		user = user == null ? List.of() : List.copyOf(user);
	}

}
