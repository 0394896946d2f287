package vn.dangvu.platform.error;

import org.springframework.http.HttpStatus;

/** The request collides with an existing record (a duplicate code, a stale version). */
public class ConflictException extends RuleViolationException {

	public ConflictException(String field, String messageKey, Object... args) {
		super(HttpStatus.CONFLICT, field, messageKey, args);
	}

}
