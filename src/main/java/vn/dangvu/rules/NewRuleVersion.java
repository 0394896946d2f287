package vn.dangvu.rules;

import java.time.LocalDate;

/** A new version of a rule, in force from {@code validFrom}, set by {@code source}. */
public record NewRuleVersion(String key, String value, LocalDate validFrom, String source, Boolean confirmed,
		String note) {

}
