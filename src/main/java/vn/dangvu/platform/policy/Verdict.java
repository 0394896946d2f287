package vn.dangvu.platform.policy;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * What every policy answers (decision 0203): allowed, or a rejection with a message key,
 * its arguments and, optionally, the version of the rule that rejected and its source.
 *
 * <pre>{@code
 * Verdict v = age < min ? Verdict.reject("admission.age", min).under(RuleRef.of("party.minAge", since, doc))
 *                       : Verdict.ok();
 * v.orThrow("birthDate");   // a 422 on the field, the rule travels with the exception
 * }</pre>
 *
 * @param allowed whether the policy allows the action
 * @param messageKey the rejection's message key (null when allowed)
 * @param args the message's arguments (never null)
 * @param rule the rule version the rejection cites, or null
 * @param field the input field at fault, when the policy knows it ({@link #on}), or null
 */
public record Verdict(boolean allowed, String messageKey, List<Object> args, RuleRef rule, String field) {

	private static final Verdict OK = new Verdict(true, null, List.of(), null, null);

	public Verdict {
		args = (args == null) ? List.of() : List.copyOf(args);
		if (allowed && (messageKey != null || rule != null || field != null)) {
			throw new IllegalArgumentException("An allowance carries no message, rule or field");
		}
		if (!allowed && messageKey == null) {
			throw new IllegalArgumentException("A rejection needs a message key");
		}
	}

	public static Verdict ok() {
		return OK;
	}

	/** A rejection; arguments may not be null (use "" for an empty one). */
	public static Verdict reject(String messageKey, Object... args) {
		return new Verdict(false, messageKey, List.of(args), null, null);
	}

	/**
	 * This rejection naming the input field at fault (a policy that checks one field, a
	 * list of a form's violations); {@link #orThrow()} throws it on that field. An
	 * allowance stays as it is.
	 */
	public Verdict on(String field) {
		return this.allowed ? this : new Verdict(false, this.messageKey, this.args, this.rule, field);
	}

	/**
	 * This rejection citing the rule version it applied; an allowance stays as it is.
	 */
	public Verdict under(RuleRef ruleRef) {
		return this.allowed ? this : new Verdict(false, this.messageKey, this.args, ruleRef, this.field);
	}

	/** The rule version a rejection cites, if any. */
	public Optional<RuleRef> ruleRef() {
		return Optional.ofNullable(this.rule);
	}

	/** The first of several checks that rejects, or {@link #ok()}. */
	public Verdict and(Supplier<Verdict> next) {
		return this.allowed ? next.get() : this;
	}

	/** Throws the rejection as a 422 on a field; does nothing when allowed. */
	public void orThrow(String field) {
		if (!this.allowed) {
			throw RuleViolationException.onField(field, this.messageKey, this.args.toArray()).citing(this.rule);
		}
	}

	/**
	 * Throws the rejection as a 422 on its own field ({@link #on}), else on the whole
	 * request; does nothing when allowed.
	 */
	public void orThrow() {
		orThrow(this.field);
	}

}
