package it.sportello.reporting.staffing;

import java.time.LocalTime;
import java.util.List;

import it.sportello.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffingPlannerTests {

	private static final StaffingParameters EIGHTY_IN_TWENTY = new StaffingParameters(180, 20, 80, 30);

	@Test
	void eachHalfHourGetsTheAgentsErlangCNeedsAndThoseToScheduleWithShrinkage() {
		StaffingPlan plan = StaffingPlanner.plan(ManualForecast.parse("09:00 100\n09:30 0\n", null), EIGHTY_IN_TWENTY);
		assertThat(plan.intervals()).extracting(StaffingPlan.Interval::agentsNeeded).containsExactly(14, 0);
		assertThat(plan.intervals()).extracting(StaffingPlan.Interval::agentsToSchedule).containsExactly(20, 0);
		assertThat(plan.intervals().get(0).serviceLevelPercent()).isEqualTo(88.8);
		assertThat(plan.intervals().get(0).trafficErlangs()).isEqualTo(10.0);
		assertThat(plan.intervals().get(1).serviceLevelPercent()).isNull();
		assertThat(plan.peakAgents()).isEqualTo(14);
		assertThat(plan.scheduledHours()).isEqualTo(10.0);
	}

	@Test
	void aDailyTotalScalesTheProfileToIt() {
		ManualForecast forecast = ManualForecast.parse("08:00 1\n08:30;3\n# pausa\n\n", 200.0);
		assertThat(forecast.intervals()).extracting(IntervalTraffic::calls).containsExactly(50.0, 150.0);
	}

	@Test
	void measuredAgentsLoggedInAreComparedWithThoseNeeded() {
		TrafficSource measured = () -> List.of(new IntervalTraffic(LocalTime.of(9, 0), 100, 180.0, 13));
		StaffingPlan plan = StaffingPlanner.plan(measured, EIGHTY_IN_TWENTY);
		assertThat(plan.measuresAgents()).isTrue();
		assertThat(plan.intervals().get(0).serviceLevelWithLoggedInPercent()).isEqualTo(79.6);
		assertThat(plan.intervals().get(0).understaffed()).isTrue();
	}

	@Test
	void aWrongLineIsNamedWithItsNumber() {
		assertThatThrownBy(() -> ManualForecast.parse("09:00 10\n09:15 4\n", null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.code()).isEqualTo("staffing.profile.half-hour");
				assertThat(ex.args()).containsExactly(2, "09:15");
			});
		assertThatThrownBy(() -> ManualForecast.parse("09:00 dieci", null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.code()).isEqualTo("staffing.profile.calls"));
		assertThatThrownBy(() -> ManualForecast.parse("09:00 1\n09:00 2", null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.code()).isEqualTo("staffing.profile.duplicate"));
		assertThatThrownBy(() -> ManualForecast.parse("25:00 1", null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.code()).isEqualTo("staffing.profile.time"));
	}

	@Test
	void parametersOutOfRangeAreRefusedByName() {
		assertThatThrownBy(() -> new StaffingParameters(180, 20, 100, 30))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("targetPercent"));
		assertThatThrownBy(() -> new StaffingParameters(0, 20, 80, 30))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("ahtSeconds"));
	}

}
