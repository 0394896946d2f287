package vn.dangvu.notification;

import java.util.List;

/**
 * One page of a person's notices, newest first.
 *
 * @param notices the page's notices
 * @param total all the person's notices
 * @param unread those not yet read
 * @param page the page (from 0)
 * @param size its size
 */
public record NoticeInbox(List<NoticeView> notices, long total, long unread, int page, int size) {

	public NoticeInbox {
		notices = List.copyOf(notices);
	}

}
