package vn.dangvu.platform.error;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user must read: carries a message key (resolved in the caller's
 * language), its arguments, the HTTP status the API answers with, and optionally the
 * field at fault.
 */
public class DomainException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] args;

	private final String field;

	protected DomainException(HttpStatus status, String field, String messageKey, Object... args) {
		super(messageKey);
		this.status = status;
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args;
	}

	/**
	 * The input field the refusal is about, or null when it concerns the whole request.
	 */
	public String field() {
		return this.field;
	}

}
