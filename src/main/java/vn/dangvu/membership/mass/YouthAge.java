package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.time.Period;

/**
 * The Youth Union's age rules (decision 0112): members are aged 16 to 30 in whole years
 * (rules youth.min-age-years, youth.max-age-years); a member is past the limit once older
 * than 30 in whole years, i.e. from the 31st birthday; one who wishes may stay while not
 * older than youth.max-age-by-wish-years (35); Youth Union leaders and full-time Union
 * workers may stay.
 */
public final class YouthAge {

	private YouthAge() {
	}

	public static int age(LocalDate birth, LocalDate on) {
		return Period.between(birth, on).getYears();
	}

	/** Older than the maximum age in whole years on that day. */
	public static boolean pastLimit(LocalDate birth, LocalDate on, int maxAge) {
		return age(birth, on) > maxAge;
	}

	/** May join: aged min to max in whole years on that day. */
	public static boolean mayJoin(LocalDate birth, LocalDate on, int minAge, int maxAge) {
		int age = age(birth, on);
		return age >= minAge && age <= maxAge;
	}

	/**
	 * Where a member stands on a day, given any recorded exception (null or NONE = none).
	 */
	public static Standing standing(LocalDate birth, LocalDate on, int maxAge, int maxAgeByWish, String exception) {
		if (!pastLimit(birth, on, maxAge)) {
			return Standing.WITHIN;
		}
		if ("LEADERSHIP".equals(exception)) {
			return Standing.STAYS_LEADERSHIP;
		}
		if ("WISH".equals(exception)) {
			return (age(birth, on) <= maxAgeByWish) ? Standing.STAYS_WISH : Standing.WISH_EXPIRED;
		}
		return Standing.DUE;
	}

	public enum Standing {

		/** Within the age range. */
		WITHIN,
		/** Past the limit: to be matured. */
		DUE,
		/** Stays by wish, not yet past the wish limit. */
		STAYS_WISH,
		/** Stays for Youth Union leadership or full-time work. */
		STAYS_LEADERSHIP,
		/** Stayed by wish but is now past that limit too: to be matured. */
		WISH_EXPIRED;

		public boolean stays() {
			return this == STAYS_WISH || this == STAYS_LEADERSHIP;
		}

	}

}
