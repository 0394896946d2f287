package vn.dangvu.platform.error;

import org.springframework.http.HttpStatus;

/**
 * The record does not exist, or lies outside the caller's scope (the two look the same).
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... args) {
		super(HttpStatus.NOT_FOUND, null, messageKey, args);
	}

	public static NotFoundException of(String entity, Object id) {
		return new NotFoundException("error.notFound." + entity, id);
	}

}
