package vn.dangvu.notification.mail;

/** Where an e-mail of the outbox stands. */
public enum MailStatus {

	/** Waiting for the mail server, or for its next attempt. */
	QUEUED,
	/** Accepted by the mail server. */
	SENT,
	/** Given up: its last error is kept. */
	FAILED,
	/** Demo mode: kept in the outbox, never sent. */
	DEMO;

	/** Its label in the bundles. */
	public String labelKey() {
		return "outbox.status." + name();
	}

	/** The Bootstrap style of its badge. */
	public String badgeStyle() {
		return switch (this) {
			case QUEUED -> "text-bg-warning";
			case SENT -> "text-bg-success";
			case FAILED -> "text-bg-danger";
			case DEMO -> "text-bg-info";
		};
	}

}
