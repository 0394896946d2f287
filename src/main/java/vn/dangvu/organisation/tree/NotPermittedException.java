package vn.dangvu.organisation.tree;

import org.springframework.http.HttpStatus;

import vn.dangvu.platform.error.DomainException;

/** The caller sees the unit but may not make this change to it (403). */
public class NotPermittedException extends DomainException {

	public NotPermittedException(String messageKey, Object... args) {
		super(HttpStatus.FORBIDDEN, null, messageKey, args);
	}

}
