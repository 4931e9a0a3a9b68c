package it.sportello.channels.phone.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.sportello.channels.phone.CallEvents;
import it.sportello.channels.phone.CtiAction;
import it.sportello.channels.phone.CtiEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telephony events in the format of Zammad's generic CTI API, so that switches and bridges that speak it work
 * unchanged: JSON or form-encoded ({@code user[]} arrays), {@code callId} or {@code call_id}, answered {@code {}} or
 * an action; 401 for a wrong token, 422 for a wrong direction. No login: the token in the path is the credential.
 */
@RestController
@Tag(name = "Telephone events", description = "Call events from the phone switch (Zammad-compatible generic CTI), the call log and the greeting")
class CtiApiController {

	private final CallEvents calls;

	CtiApiController(CallEvents calls) {
		this.calls = calls;
	}

	@PostMapping(path = "/api/v1/cti/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A call event (newCall, answer, hangup) as JSON",
			description = "Answers {} or, for a new call, {\"action\":\"reject\",\"reason\":\"busy\"} for a blocked caller and {\"action\":\"dial\",\"caller_id\":…,\"number\":…} for an outgoing call.")
	Map<String, Object> json(@PathVariable String token, @RequestBody Map<String, Object> body) {
		return answer(calls.receive(token, new CtiEvent(text(body.get("event")), text(body.get("from")),
				text(body.get("to")), text(body.get("direction")),
				text(body.get("callId") != null ? body.get("callId") : body.get("call_id")), users(body.get("user")),
				text(body.get("queue")), text(body.get("cause")), text(body.get("answeringNumber")))));
	}

	@PostMapping(path = "/api/v1/cti/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(summary = "A call event (newCall, answer, hangup) form-encoded, with user[] arrays")
	Map<String, Object> form(@PathVariable String token, @RequestParam MultiValueMap<String, String> body) {
		List<String> users = new ArrayList<>();
		for (String key : List.of("user[]", "user")) {
			List<String> values = body.get(key);
			if (values != null) {
				users.addAll(values);
			}
		}
		String callId = body.getFirst("callId") != null ? body.getFirst("callId") : body.getFirst("call_id");
		return answer(calls.receive(token, new CtiEvent(body.getFirst("event"), body.getFirst("from"),
				body.getFirst("to"), body.getFirst("direction"), callId, users, body.getFirst("queue"),
				body.getFirst("cause"), body.getFirst("answeringNumber"))));
	}

	/** In Zammad's order ({@code action} first), as some bridges compare the answer's text. */
	private static Map<String, Object> answer(java.util.Optional<CtiAction> action) {
		Map<String, Object> answer = new LinkedHashMap<>();
		action.ifPresent(act -> {
			answer.put("action", act.action());
			if (act.action().equals("reject")) {
				answer.put("reason", String.valueOf(act.reason()));
			}
			else {
				answer.put("caller_id", String.valueOf(act.callerId()));
				answer.put("number", String.valueOf(act.number()));
			}
		});
		return answer;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : String.valueOf(list.get(0));
		}
		return String.valueOf(value);
	}

	private static List<String> users(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().filter(v -> v != null).map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(String.valueOf(value));
	}

}
