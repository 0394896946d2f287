package vn.dangvu.membership.log;

import java.util.List;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * What a policy answers: allowed, or a rejection with a message key and its arguments
 * (the last argument cites the document that set the rule).
 */
public record Verdict(boolean allowed, String messageKey, List<Object> args) {

	private static final Verdict OK = new Verdict(true, null, List.of());

	public Verdict {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static Verdict ok() {
		return OK;
	}

	public static Verdict reject(String messageKey, Object... args) {
		return new Verdict(false, messageKey, List.of(args));
	}

	/** Throws the rejection as a 422 on a field; does nothing when allowed. */
	public void orThrow(String field) {
		if (!this.allowed) {
			throw RuleViolationException.onField(field, this.messageKey, this.args.toArray());
		}
	}

}
