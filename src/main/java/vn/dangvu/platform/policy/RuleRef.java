package vn.dangvu.platform.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The version of a rule a decision was taken under: the rule's key (as in
 * {@code rule_value}, e.g. {@code party.admission.minAge}), the day that version took
 * effect, and the document that set it ("Quy định 24-QĐ/TW, Điều 1"). A rejection that
 * carries one can cite the rule and its source to the user and in the API answer.
 *
 * @param key the rule's key, never null
 * @param validFrom the day this version of the rule took effect, or null when unknown
 * @param source the citation of the document that set it, or null when unknown
 */
public record RuleRef(String key, LocalDate validFrom, String source) {

	public RuleRef {
		Objects.requireNonNull(key, "key");
	}

	public static RuleRef of(String key, LocalDate validFrom, String source) {
		return new RuleRef(key, validFrom, source);
	}

}
