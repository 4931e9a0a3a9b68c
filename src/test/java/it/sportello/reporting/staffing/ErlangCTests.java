package it.sportello.reporting.staffing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Erlang C against published worked examples: the Call Centre Helper example (100 calls in 30 minutes, AHT 180 s,
 * 20 s threshold: 10 Erlangs; 13 agents answer 79.6 % in 20 s, 14 agents 88.8 %), and the erlang.com / Mitan
 * step-by-step example (360 calls per half-hour, 4-minute calls, 55 agents, 15 s threshold: 48 Erlangs, occupancy
 * 87.3 %, probability of waiting 0.239, average speed of answer 8.2 s, service level 84.6 %).
 */
class ErlangCTests {

	@Test
	void hundredCallsInHalfAnHourOfThreeMinutesAreTenErlangs() {
		assertThat(ErlangC.traffic(100, 180, 1800)).isEqualTo(10.0);
	}

	@Test
	void thirteenAgentsAnswerSeventyNinePointSixPercentWithinTwentySeconds() {
		assertThat(100 * ErlangC.serviceLevel(13, 10, 180, 20)).isCloseTo(79.6, within(0.05));
	}

	@Test
	void fourteenAgentsAnswerEightyEightPointEightPercentWithinTwentySeconds() {
		assertThat(100 * ErlangC.serviceLevel(14, 10, 180, 20)).isCloseTo(88.8, within(0.05));
	}

	@Test
	void fourteenAgentsAreTheFewestToExceedAnEightyPercentTarget() {
		assertThat(ErlangC.agentsNeeded(10, 180, 20, 0.80)).isEqualTo(14);
	}

	@Test
	void theStepByStepExampleOfFiftyFiveAgentsOnFortyEightErlangs() {
		double traffic = ErlangC.traffic(360, 240, 1800);
		assertThat(traffic).isEqualTo(48.0);
		assertThat(traffic / 55).isCloseTo(0.873, within(0.0005));
		assertThat(ErlangC.probabilityOfWaiting(55, traffic)).isCloseTo(0.239, within(0.0005));
		assertThat(ErlangC.averageSpeedOfAnswer(55, traffic, 240)).isCloseTo(8.2, within(0.05));
		assertThat(100 * ErlangC.serviceLevel(55, traffic, 240, 15)).isCloseTo(84.6, within(0.05));
	}

	@Test
	void agentsNoMoreThanTheTrafficAnswerNothingWithinAnyThreshold() {
		assertThat(ErlangC.serviceLevel(10, 10, 180, 20)).isZero();
		assertThat(ErlangC.probabilityOfWaiting(9, 10)).isEqualTo(1.0);
		assertThat(ErlangC.averageSpeedOfAnswer(10, 10, 180)).isInfinite();
	}

	@Test
	void noCallsNeedNoAgents() {
		assertThat(ErlangC.agentsNeeded(0, 180, 20, 0.9)).isZero();
	}

	@Test
	void hundredsOfAgentsStayExact() {
		// 400 Erlangs: A^N and N! overflow a double; the recursion does not.
		int agents = ErlangC.agentsNeeded(400, 180, 20, 0.8);
		assertThat(ErlangC.serviceLevel(agents, 400, 180, 20)).isGreaterThan(0.8);
		assertThat(ErlangC.serviceLevel(agents - 1, 400, 180, 20)).isLessThanOrEqualTo(0.8);
		assertThat(agents).isBetween(401, 440);
	}

	@Test
	void shrinkageAddsTheAgentsAwayFromThePhone() {
		assertThat(ErlangC.withShrinkage(14, 0.30)).isEqualTo(20);
		assertThat(ErlangC.withShrinkage(14, 0)).isEqualTo(14);
		assertThat(ErlangC.withShrinkage(7, 0.30)).isEqualTo(10);
	}

}
