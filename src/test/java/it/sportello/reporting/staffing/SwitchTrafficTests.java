package it.sportello.reporting.staffing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.sportello.telephony.HalfHourLoad;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SwitchTrafficTests {

	private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);

	/** Every half-hour of {@code day} empty, but those given. */
	private static List<HalfHourLoad> day(LocalDate day, HalfHourLoad... loads) {
		List<HalfHourLoad> all = new ArrayList<>();
		for (int h = 0; h < 48; h++) {
			HalfHourLoad load = new HalfHourLoad(day, h, 0, 0, null, 0);
			for (HalfHourLoad given : loads) {
				if (given.halfHour() == h) {
					load = given;
				}
			}
			all.add(load);
		}
		return all;
	}

	@Test
	void theAverageDayCountsOnlyTheDaysWithCallsAndWeighsHandleTimeByAnsweredCalls() {
		List<HalfHourLoad> loads = new ArrayList<>();
		loads.addAll(day(MONDAY, new HalfHourLoad(MONDAY, 18, 10, 8, 200.0, 3.0),
				new HalfHourLoad(MONDAY, 19, 0, 0, null, 2.0)));
		LocalDate tuesday = MONDAY.plusDays(1);
		loads.addAll(day(tuesday, new HalfHourLoad(tuesday, 18, 4, 2, 100.0, 2.0)));
		// Sunday, closed: an operator logged in by mistake, no call. Not a day of the average.
		LocalDate sunday = MONDAY.plusDays(6);
		loads.addAll(day(sunday, new HalfHourLoad(sunday, 18, 0, 0, null, 1.0)));

		SwitchTraffic traffic = SwitchTraffic.averageDay(loads, Map.of(18, 71.4), MONDAY, sunday, "numeroverde", 30,
				90);

		assertThat(traffic.period().daysWithCalls()).isEqualTo(2);
		assertThat(traffic.intervals()).extracting(IntervalTraffic::start)
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30));
		IntervalTraffic nine = traffic.intervals().get(0);
		assertThat(nine.calls()).isEqualTo(7.0);
		assertThat(nine.ahtSeconds()).isCloseTo((8 * 200.0 + 2 * 100.0) / 10, within(1e-9));
		// 3 and 2 operators: 2.5 on average, rounded to 3.
		assertThat(nine.agentsLoggedIn()).isEqualTo(3);
		assertThat(nine.measuredServiceLevelPercent()).isEqualTo(71.4);
		IntervalTraffic halfPast = traffic.intervals().get(1);
		assertThat(halfPast.calls()).isZero();
		assertThat(halfPast.ahtSeconds()).isNull();
		assertThat(halfPast.agentsLoggedIn()).isEqualTo(1);
		assertThat(halfPast.measuredServiceLevelPercent()).isNull();
	}

	@Test
	void thePlanMarksTheHalfHourUnderstaffedAndTheOneWhoseMeasuredLevelIsNotAboveTheTarget() {
		List<HalfHourLoad> loads = day(MONDAY, new HalfHourLoad(MONDAY, 18, 100, 90, 180.0, 10.0),
				new HalfHourLoad(MONDAY, 20, 10, 10, 180.0, 5.0));
		SwitchTraffic traffic = SwitchTraffic.averageDay(loads, Map.of(18, 79.0, 20, 90.0), MONDAY, MONDAY, null, 20,
				90);

		StaffingPlan plan = StaffingPlanner.plan(traffic, new StaffingParameters(180, 20, 90, 0));

		StaffingPlan.Interval nine = plan.intervals().get(0);
		// 100 calls of 180 s: 10 Erlangs; more than 10 agents are needed, 10 were logged in.
		assertThat(nine.agentsNeeded()).isGreaterThan(10);
		assertThat(nine.understaffed()).isTrue();
		assertThat(nine.serviceLevelLost()).isTrue();
		StaffingPlan.Interval ten = plan.intervals().get(1);
		assertThat(ten.understaffed()).isFalse();
		assertThat(ten.serviceLevelLost()).as("90 %% is not above a 90 %% target").isTrue();
		assertThat(plan.measured()).isNotNull();
		assertThat(plan.measuresAgents()).isTrue();
	}

}
