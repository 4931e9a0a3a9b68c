package it.sportello.identity.audit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code accessAudit} in {@code /actuator/health}: DOWN while entries cannot be written (the database refuses them,
 * or the writer is not running), because reads of citizens' data are then refused.
 */
@Component("accessAudit")
class AccessAuditHealth implements HealthIndicator {

	private final BatchedAccessAudit audit;

	AccessAuditHealth(BatchedAccessAudit audit) {
		this.audit = audit;
	}

	@Override
	public Health health() {
		GroupCommitWriter.State state = audit.state();
		Health.Builder health = state.writing() && state.failingSince() == null ? Health.up() : Health.down();
		health.withDetail("writer", state.writing() ? "running" : "stopped").withDetail("queued", state.queued());
		if (state.failingSince() != null) {
			health.withDetail("failingSince", state.failingSince().toString());
		}
		return health.build();
	}

}
