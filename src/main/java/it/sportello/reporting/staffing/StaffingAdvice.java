package it.sportello.reporting.staffing;

import it.sportello.identity.StaffMember;
import it.sportello.shared.ForbiddenException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** The staffing plan for the contact-center manager (and administrators): nobody else plans the operators' shifts. */
@Service
@EnableConfigurationProperties(StaffingProperties.class)
public class StaffingAdvice {

	private final StaffingProperties properties;

	StaffingAdvice(StaffingProperties properties) {
		this.properties = properties;
	}

	/** @throws ForbiddenException for anyone but the manager and administrators */
	public StaffingPlan plan(TrafficSource source, StaffingParameters parameters, StaffMember me) {
		requireAllowed(me);
		return StaffingPlanner.plan(source, parameters);
	}

	public static boolean mayPlan(StaffMember me) {
		return me.is(it.sportello.identity.Role.MANAGER, it.sportello.identity.Role.ADMIN);
	}

	public void requireAllowed(StaffMember me) {
		if (!mayPlan(me)) {
			throw new ForbiddenException("staffing.forbidden");
		}
	}

	public StaffingParameters defaults() {
		return properties.defaults();
	}

}
