package it.sportello.telephony.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import it.sportello.telephony.CallFigures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue_log reader and the call assembler on hand-written logs: every event, the variants of the Asterisk
 * versions, pending calls carried over, skipped and malformed lines; the service level's formula and the local
 * half-hours of the DST days.
 */
class QueueLogAssemblyTests {

	static final class Collected implements CallAssembler.Sink {

		final List<CallRecord> calls = new ArrayList<>();

		final List<MemberEvent> members = new ArrayList<>();

		final Map<String, Long> ignored = new TreeMap<>();

		final List<String> problems = new ArrayList<>();

		@Override
		public void call(CallRecord call) {
			calls.add(call);
		}

		@Override
		public void member(MemberEvent event) {
			members.add(event);
		}

		@Override
		public void ignored(String verb) {
			ignored.merge(verb, 1L, Long::sum);
		}

		@Override
		public void malformed(long line, String code, Object... args) {
			problems.add(line + ":" + code);
		}

	}

	static Collected read(String log, List<PendingCall> pending, List<PendingCall> left) {
		Collected sink = new Collected();
		CallAssembler assembler = new CallAssembler(sink, pending);
		new QueueLogReader().read(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), assembler);
		left.addAll(assembler.pending());
		return sink;
	}

	static Collected read(String log) {
		return read(log, List.of(), new ArrayList<>());
	}

	@Test
	void answeredCallsEndedByCallerOrAgentCarryWaitTalkAndAgent() {
		Collected c = read("""
				1000|c1|q|NONE|ENTERQUEUE||3331234567|1
				1012|c1|q|PJSIP/1000|CONNECT|12|c1.9|3
				1100|c1|q|PJSIP/1000|COMPLETECALLER|12|88|1
				2000|c2|q|NONE|ENTERQUEUE||3331234567|1
				2031|c2|q|PJSIP/1001|CONNECT|31|c2.9|2
				2100|c2|q|PJSIP/1001|COMPLETEAGENT|31|69|1
				""");
		assertThat(c.calls).containsExactly(
				new CallRecord("c1", "q", 1000, Outcome.ANSWERED, 12, 88, "PJSIP/1000", null),
				new CallRecord("c2", "q", 2000, Outcome.ANSWERED, 31, 69, "PJSIP/1001", null));
		assertThat(c.problems).isEmpty();
	}

	@Test
	void everyWayOfLeavingUnansweredIsItsOwnOutcomeWithItsWait() {
		Collected c = read("""
				1000|a|q|NONE|ENTERQUEUE||x|1
				1005|a|q|NONE|ABANDON|1|1|5
				1000|t|q|NONE|ENTERQUEUE||x|1
				1300|t|q|NONE|EXITWITHTIMEOUT|2|1|300
				1000|e|q|NONE|ENTERQUEUE||x|1
				1001|e|q|NONE|EXITEMPTY|1|1|1
				1000|k|q|NONE|ENTERQUEUE||x|1
				1040|k|q|NONE|EXITWITHKEY|2|1|1|40
				""");
		assertThat(c.calls).extracting(CallRecord::outcome, CallRecord::waitSeconds)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.ABANDONED, 5),
					org.assertj.core.groups.Tuple.tuple(Outcome.TIMEOUT, 300),
					org.assertj.core.groups.Tuple.tuple(Outcome.EXIT_EMPTY, 1),
					org.assertj.core.groups.Tuple.tuple(Outcome.EXIT_KEY, 40));
	}

	@Test
	void transfersAfterConnectAreAnsweredCallsPutThroughToTheExtension() {
		Collected c = read("""
				1000|b|centralino|NONE|ENTERQUEUE||x|1
				1003|b|centralino|PJSIP/2000|CONNECT|3|b.1|2
				1030|b|centralino|PJSIP/2000|BLINDTRANSFER|4185|regione-interni|3|27|1
				1000|t|centralino|NONE|ENTERQUEUE||x|1
				1004|t|centralino|PJSIP/2000|CONNECT|4|t.1|2
				1020|t|centralino|PJSIP/2000|TRANSFER|5141|regione-interni|4|16|1
				1000|a|centralino|NONE|ENTERQUEUE||x|1
				1002|a|centralino|PJSIP/2000|CONNECT|2|a.1|2
				1050|a|centralino|PJSIP/2000|ATTENDEDTRANSFER|BRIDGE|PJSIP/3617-0001|2|48|1
				""");
		assertThat(c.calls).extracting(CallRecord::outcome).containsOnly(Outcome.TRANSFERRED);
		assertThat(c.calls).extracting(CallRecord::transferTo).containsExactly("4185", "5141", "PJSIP/3617-0001");
		assertThat(c.calls).extracting(CallRecord::waitSeconds).containsExactly(3, 4, 2);
		assertThat(c.calls).extracting(CallRecord::talkSeconds).containsExactly(27, 16, 48);
	}

	@Test
	void olderVersionsWithoutPositionRingtimeOrWaitFieldsStillMakeCalls() {
		// Asterisk 1.4/1.6: ENTERQUEUE without position, CONNECT without ringtime, EXITWITHTIMEOUT with the position
		// only, EXITWITHKEY with key and position only: the wait is the time from ENTERQUEUE to the event.
		Collected c = read("""
				1000|o1|q|NONE|ENTERQUEUE||3331234567
				1007|o1|q|SIP/1000|CONNECT|7|o1.2
				1060|o1|q|SIP/1000|COMPLETECALLER|7|53|1
				1000|o2|q|NONE|ENTERQUEUE||3331234567
				1120|o2|q|NONE|EXITWITHTIMEOUT|1
				1000|o3|q|NONE|ENTERQUEUE||3331234567
				1033|o3|q|NONE|EXITWITHKEY|5|1
				""");
		assertThat(c.calls).containsExactly(new CallRecord("o1", "q", 1000, Outcome.ANSWERED, 7, 53, "SIP/1000", null),
				new CallRecord("o2", "q", 1000, Outcome.TIMEOUT, 120, 0, null, null),
				new CallRecord("o3", "q", 1000, Outcome.EXIT_KEY, 33, 0, null, null));
	}

	@Test
	void ringsAndMembersAreUsedAndUnknownVerbsAreCountedNotFatal() {
		Collected c = read("""
				900|NONE|NONE|NONE|QUEUESTART|
				900|NONE|q|PJSIP/1000|ADDMEMBER|
				1000|r|q|NONE|DID|800123456
				1000|r|q|NONE|ENTERQUEUE||x|1
				1000|r|q|NONE|INFO|something
				1010|r|q|PJSIP/1000|RINGNOANSWER|15000
				1012|r|q|PJSIP/1000|RINGCANCELED|2000
				1013|r|q|NONE|ABANDON|1|1|13
				1100|NONE|q|PJSIP/1000|PAUSE|pranzo
				1100|NONE|NONE|PJSIP/1000|PAUSEREASON|pranzo
				1200|NONE|q|PJSIP/1000|UNPAUSE|
				1300|NONE|NONE|PJSIP/1000|PAUSEALL|
				1400|NONE|NONE|PJSIP/1000|UNPAUSEALL|
				1500|NONE|q|PJSIP/1000|REMOVEMEMBER|
				""");
		assertThat(c.calls).hasSize(1);
		assertThat(c.ignored).containsEntry("QUEUESTART", 1L).containsEntry("DID", 1L).containsEntry("INFO", 1L)
			.containsEntry("PAUSEREASON", 1L);
		assertThat(c.members).extracting(MemberEvent::event)
			.containsExactly("ADDMEMBER", "PAUSE", "UNPAUSE", "PAUSE", "UNPAUSE", "REMOVEMEMBER");
		assertThat(c.members.get(3).queue()).isEqualTo("NONE");
		assertThat(c.problems).isEmpty();
	}

	@Test
	void malformedLinesAreReportedWithTheirNumberAndTheRestIsRead() {
		Collected c = read("1000|m|q|NONE|ENTERQUEUE||x|1\n" + "garbage\n" + "abc|m|q|NONE|CONNECT|1\n"
				+ "1001|m|q|NONE|\n" + "1002|m|q|PJSIP/1|CONNECT|uno|m.1|1\n" + "1003|z|q|PJSIP/1|CONNECT|1|z.1|1\n"
				+ "1004|m|q|NONE|ABANDON|1|1|4\r\n" + "\n");
		assertThat(c.problems).containsExactly("2:telephony.line.fields", "3:telephony.line.time",
				"4:telephony.line.event", "5:telephony.line.number", "6:telephony.line.not-entered");
		assertThat(c.calls).containsExactly(new CallRecord("m", "q", 1000, Outcome.ABANDONED, 4, 0, null, null));
	}

	@Test
	void aCallWithoutItsFinalEventIsPendingAndTheNextFileCompletesIt() {
		List<PendingCall> left = new ArrayList<>();
		Collected first = read("""
				1000|p|q|NONE|ENTERQUEUE||x|1
				1020|p|q|PJSIP/1000|CONNECT|20|p.1|3
				""", List.of(), left);
		assertThat(first.calls).isEmpty();
		assertThat(left).hasSize(1);
		Collected second = read("""
				1200|p|q|PJSIP/1000|COMPLETECALLER|20|180|1
				""", left, new ArrayList<>());
		assertThat(second.calls).containsExactly(new CallRecord("p", "q", 1000, Outcome.ANSWERED, 20, 180, "PJSIP/1000", null));
	}

	@Test
	void theServiceLevelCountsAWaitOfExactlyTAsWithinAndNullWithoutCalls() {
		// Hand-computed: 10 offered; answered at 5, 30 (= T), 31, 60 s; unanswered after 10 s (short), 30 s (short,
		// = T), 45 s and 100 s, and two timeouts at 20 s (short). Short abandons: 10, 30, 20, 20 → 4.
		// Answered within T: 5 and 30 → 2. SL = 100 × 2 ÷ (10 − 4) = 33.33; 1 − (2 after + 2 after) ÷ 6 = 33.33.
		Counts counts = new Counts();
		int t = 30;
		int[] answeredWaits = { 5, 30, 31, 60 };
		int[] unansweredWaits = { 10, 30, 45, 100, 20, 20 };
		for (int w : answeredWaits) {
			counts.offered++;
			counts.answered++;
			if (w <= t) {
				counts.answeredWithin++;
			}
		}
		for (int w : unansweredWaits) {
			counts.offered++;
			counts.unanswered++;
			if (w <= t) {
				counts.unansweredWithin++;
			}
		}
		CallFigures figures = counts.figures(t, 90);
		assertThat(figures.answeredWithinThreshold()).isEqualTo(2);
		assertThat(figures.shortAbandoned()).isEqualTo(4);
		assertThat(figures.serviceLevelPercent()).isEqualTo(33.33);
		assertThat(figures.targetMet()).isFalse();
		// The annex's example: 1,000 offered, 100 abandoned within 30 s, 144 answered or abandoned after: 84.0 %.
		assertThat(Counts.serviceLevel(1000 - 100 - 144, 1000, 100)).isEqualTo(84.0);
		// Exactly at the target is not above it.
		Counts atTarget = new Counts();
		atTarget.offered = 10;
		atTarget.answered = 10;
		atTarget.answeredWithin = 9;
		assertThat(atTarget.figures(t, 90).targetMet()).isFalse();
		// Just above the target is met, though the level shown rounds to the target itself.
		Counts justAbove = new Counts();
		justAbove.offered = 100_000;
		justAbove.answered = 100_000;
		justAbove.answeredWithin = 90_004;
		assertThat(justAbove.figures(t, 90).serviceLevelPercent()).isEqualTo(90.0);
		assertThat(justAbove.figures(t, 90).targetMet()).isTrue();
		assertThat(new Counts().figures(t, 90).serviceLevelPercent()).isNull();
		assertThat(new Counts().figures(t, 90).targetMet()).isNull();
	}

	@Test
	void halfHoursAreCutInLocalTimeAcrossTheDstChanges() {
		ZoneId rome = ZoneId.of("Europe/Rome");
		LocalSlots slots = new LocalSlots(rome);
		// 29 March 2026: 02:00 CET becomes 03:00 CEST. 01:59:59 CET and 03:00 CEST are one second apart.
		long beforeSpring = ZonedDateTime.of(2026, 3, 29, 1, 59, 59, 0, rome).toEpochSecond();
		slots.at(beforeSpring);
		assertThat(slots.halfHour()).isEqualTo(3);
		slots.at(beforeSpring + 1);
		assertThat(slots.halfHour()).isEqualTo(6);
		assertThat(slots.day()).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(slots.weekday()).isEqualTo(7);
		// 25 October 2026: 02:30 happens twice, both in half-hour 5 of the same day.
		long firstHalfPastTwo = ZonedDateTime.ofStrict(java.time.LocalDateTime.of(2026, 10, 25, 2, 30), java.time.ZoneOffset.ofHours(2), rome).toEpochSecond();
		slots.at(firstHalfPastTwo);
		assertThat(slots.halfHour()).isEqualTo(5);
		slots.at(firstHalfPastTwo + 3600);
		assertThat(slots.halfHour()).isEqualTo(5);
		assertThat(slots.day()).isEqualTo(LocalDate.of(2026, 10, 25));
		// Midnight local, not UTC: 23:59 of 31 December in Rome is still that day.
		slots.at(ZonedDateTime.of(2026, 12, 31, 23, 59, 0, 0, rome).toEpochSecond());
		assertThat(slots.day()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(slots.halfHour()).isEqualTo(47);
	}

}
