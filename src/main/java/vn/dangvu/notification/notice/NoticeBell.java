package vn.dangvu.notification.notice;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * The unread count under the bell of every page ({@code ${@noticeBell.unread()}} in the
 * layout): one count on a partial index. Null (no badge) without a signed-in person, or
 * when the database cannot answer, so that an error page still renders.
 */
@Component("noticeBell")
public class NoticeBell {

	private static final Logger log = LoggerFactory.getLogger(NoticeBell.class);

	private final NoticeQueries queries;

	NoticeBell(NoticeQueries queries) {
		this.queries = queries;
	}

	public Long unread() {
		Optional<Caller> caller = CurrentCaller.find();
		if (caller.isEmpty() || caller.get().personId() == null) {
			return null;
		}
		try {
			return this.queries.unreadCount(caller.get());
		}
		catch (DataAccessException ex) {
			log.debug("No unread count for the bell", ex);
			return null;
		}
	}

}
