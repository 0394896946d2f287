package vn.dangvu.platform.error;

import org.springframework.http.HttpStatus;

/**
 * The caller sees the record but may not do this to it (403): a role that may not act, a
 * unit outside what the caller manages. A record outside the caller's scope is a
 * {@link NotFoundException} instead, so its existence does not leak. Pages show the error
 * page, the API a problem+json 403; {@code PageForms} never re-shows a form for it.
 */
public class NotPermittedException extends DomainException {

	public NotPermittedException(String messageKey, Object... args) {
		super(HttpStatus.FORBIDDEN, null, messageKey, args);
	}

}
