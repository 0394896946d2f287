package vn.dangvu.platform.web;

import java.util.List;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * The two checks every JSON body and query makes before it reaches a command: a field
 * that must be there, and a code that must be one of a few. Each refusal is a 422 on the
 * field (decision 0060), with the module's message key.
 *
 * <pre>
 * RequestFields.required(body.personId(), "personId", "membership.field.required");
 * RequestFields.oneOf(body.kind(), "kind", "membership.transfer.kind.unknown", "PERMANENT", "TEMPORARY");
 * </pre>
 */
public final class RequestFields {

	private RequestFields() {
	}

	/** The value; a 422 on the field when it is null. */
	public static <T> T required(T value, String field, String messageKey) {
		if (value == null) {
			throw RuleViolationException.onField(field, messageKey);
		}
		return value;
	}

	/** The code; null passes, a code not among the allowed ones is a 422 on the field. */
	public static String oneOf(String code, String field, String messageKey, String... allowed) {
		if (code != null && !List.of(allowed).contains(code)) {
			throw RuleViolationException.onField(field, messageKey);
		}
		return code;
	}

}
