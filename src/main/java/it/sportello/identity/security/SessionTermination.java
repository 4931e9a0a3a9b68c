package it.sportello.identity.security;

import it.sportello.identity.users.OwnPasswordChanged;
import it.sportello.identity.users.StaffAccessEnded;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every page session of a user whose access ended (disabled, password reset), and the other sessions of a
 * user who changed their own password. Sessions are in the
 * database and indexed by user name, so this reaches the sessions every node serves; it runs once the change
 * is committed, so that a rolled-back change ends nothing. A command run without a web server (the directory
 * import) has no session repository and so no sessions to end.
 */
@Component
class SessionTermination {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(StaffAccessEnded ended) {
		sessions.ifAvailable(repository -> AfterCommit.run(() -> repository.findByPrincipalName(ended.username())
			.keySet()
			.forEach(repository::deleteById)));
	}

	@EventListener
	void on(OwnPasswordChanged changed) {
		sessions.ifAvailable(repository -> AfterCommit.run(() -> repository.findByPrincipalName(changed.username())
			.keySet()
			.stream()
			.filter(id -> !id.equals(changed.keptSessionId()))
			.forEach(repository::deleteById)));
	}

}
