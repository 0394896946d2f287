package vn.dangvu.organisation.tree;

import org.springframework.http.HttpStatus;

import vn.dangvu.platform.error.RuleViolationException;

/** The request itself is incomplete or malformed (400), as opposed to breaking a rule. */
class InvalidInputException extends RuleViolationException {

	public InvalidInputException(String field, String messageKey, Object... args) {
		super(HttpStatus.BAD_REQUEST, field, messageKey, args);
	}

}
