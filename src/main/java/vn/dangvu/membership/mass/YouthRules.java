package vn.dangvu.membership.mass;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.rules.RulesApi;

/**
 * The Youth Union's age limits in force on a day, from the rules (decision 0112), and the
 * age rule on joining.
 */
@Component
@RequiredArgsConstructor
class YouthRules {

	static final String MIN_AGE = "youth.min-age-years";

	static final String MAX_AGE = "youth.max-age-years";

	static final String MAX_AGE_BY_WISH = "youth.max-age-by-wish-years";

	private final RulesApi rules;

	/** The age limits in force on a day. */
	@Transactional(readOnly = true)
	public YouthLimits limits(LocalDate on) {
		var max = this.rules.valueOn(MAX_AGE, on);
		var wish = this.rules.valueOn(MAX_AGE_BY_WISH, on);
		return new YouthLimits(this.rules.valueOn(MIN_AGE, on).asInt(), max.asInt(), wish.asInt(), max.source());
	}

	/** A person may join only aged within the limits that day. */
	void checkJoin(MassMembershipLog.PersonRef p, LocalDate on) {
		YouthLimits limits = limits(on);
		if (!YouthAge.mayJoin(p.birthDate(), on, limits.minAge(), limits.maxAge())) {
			throw RuleViolationException.onField("cccd", "youth.join.age", p.fullName(),
					YouthAge.age(p.birthDate(), on), limits.minAge(), limits.maxAge(), limits.source());
		}
	}

}
