package vn.dangvu.platform.error;

import org.springframework.http.HttpStatus;

import vn.dangvu.platform.policy.RuleRef;

/**
 * A request that breaks a rule of the domain (422), optionally tied to one input field
 * and citing the rule version that refused it ({@link #citing}).
 */
public class RuleViolationException extends DomainException {

	private transient RuleRef rule;

	public RuleViolationException(String messageKey, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, null, messageKey, args);
	}

	protected RuleViolationException(HttpStatus status, String field, String messageKey, Object... args) {
		super(status, field, messageKey, args);
	}

	public static RuleViolationException onField(String field, String messageKey, Object... args) {
		return new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, field, messageKey, args);
	}

	/** This refusal citing the rule version it applied (null: none); returns itself. */
	public RuleViolationException citing(RuleRef ruleRef) {
		this.rule = ruleRef;
		return this;
	}

	/** The rule version the refusal cites, or null. */
	public RuleRef rule() {
		return this.rule;
	}

}
