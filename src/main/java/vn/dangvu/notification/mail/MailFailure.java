package vn.dangvu.notification.mail;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why a mail could not be sent, in words an administrator can act on. The mail server's
 * own text (English, technical) is kept beside it as the detail.
 */
public enum MailFailure {

	/** The mail server could not be reached: host, port, network, time-out. */
	CONNECTION,
	/** The mail server refused the user name or password. */
	AUTHENTICATION,
	/** The mail server refused the recipient's address. */
	RECIPIENT,
	/** The mail itself could not be built (address or text malformed). */
	MESSAGE,
	/** Anything else the mail server answered. */
	OTHER;

	/** Its label in the bundles. */
	public String labelKey() {
		return "outbox.failure." + name();
	}

	/** The failure an exception of the mail client stands for. */
	static MailFailure of(Exception ex) {
		if (ex instanceof MailAuthenticationException || has(ex, AuthenticationFailedException.class)) {
			return AUTHENTICATION;
		}
		if (ex instanceof MailParseException || ex instanceof MailPreparationException
				|| ex instanceof java.io.UnsupportedEncodingException
				|| (ex instanceof MessagingException && !(ex instanceof SendFailedException))) {
			return MESSAGE;
		}
		if (has(ex, SendFailedException.class)) {
			return RECIPIENT;
		}
		if (has(ex, SocketException.class) || has(ex, UnknownHostException.class)
				|| has(ex, SocketTimeoutException.class)) {
			return CONNECTION;
		}
		return OTHER;
	}

	private static boolean has(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
			if (t instanceof MailSendException send) {
				for (Exception failed : send.getFailedMessages().values()) {
					if (failed != t && has(failed, type)) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
