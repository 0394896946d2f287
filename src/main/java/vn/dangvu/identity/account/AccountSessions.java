package vn.dangvu.identity.account;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every web session of an account once the change that requires it has committed: a
 * principal is built at sign-in, so a disabled account or changed grants would otherwise
 * live on in open sessions (decision 0166).
 */
@Component
@RequiredArgsConstructor
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	/** Ends the sessions after the current transaction commits (at once without one). */
	public void endAllOf(String username) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					endNow(username);
				}
			});
		}
		else {
			endNow(username);
		}
	}

	private void endNow(String username) {
		Set<String> ids = this.sessions.findByPrincipalName(username).keySet();
		HttpSession current = currentSession();
		for (String id : ids) {
			if (current != null && id.equals(current.getId())) {
				// The session of this very request: invalidating it through the request
				// keeps
				// the session filter from saving it again at the end of the request.
				current.invalidate();
			}
			else {
				this.sessions.deleteById(id);
			}
		}
	}

	private static HttpSession currentSession() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getSession(false);
		}
		return null;
	}

}
