package vn.dangvu.platform.error;

import org.springframework.http.HttpStatus;

/**
 * A request that breaks a rule of the domain (422), optionally tied to one input field.
 */
public class RuleViolationException extends DomainException {

	public RuleViolationException(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, null, messageKey, args);
	}

	protected RuleViolationException(HttpStatus status, String field, String messageKey, Object... args) {
		super(status, field, messageKey, args);
	}

	public static RuleViolationException onField(String field, String messageKey, Object... args) {
		return new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, field, messageKey, args);
	}

}
