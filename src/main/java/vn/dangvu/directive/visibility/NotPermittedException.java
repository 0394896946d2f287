package vn.dangvu.directive.visibility;

import org.springframework.http.HttpStatus;

import vn.dangvu.platform.error.DomainException;

/** The caller's role may not do this (403). */
public class NotPermittedException extends DomainException {

	public NotPermittedException(String messageKey, Object... args) {
		super(HttpStatus.FORBIDDEN, null, messageKey, args);
	}

}
