package vn.dangvu.audit.trail;

import org.springframework.http.HttpStatus;

import vn.dangvu.platform.error.DomainException;

/** A filter of the audit trail that cannot be answered (400, on the field at fault). */
public class AuditQueryException extends DomainException {

	public AuditQueryException(String field, String messageKey, Object... args) {
		super(HttpStatus.BAD_REQUEST, field, messageKey, args);
	}

}
