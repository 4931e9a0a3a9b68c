package it.sportello.identity.security;

import it.sportello.identity.users.StaffAccessEnded;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every page session of a user whose access ended (disabled, password reset). Sessions are in the
 * database and indexed by user name, so this reaches the sessions every node serves; it runs once the change
 * is committed, so that a rolled-back change ends nothing.
 */
@Component
class SessionTermination {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(StaffAccessEnded ended) {
		AfterCommit.run(() -> sessions.findByPrincipalName(ended.username()).keySet().forEach(sessions::deleteById));
	}

}
