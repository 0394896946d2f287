package vn.dangvu.membership.mass;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YouthAgeTest {

	static final LocalDate BORN = LocalDate.of(1996, 5, 10);

	@Test
	void exactlyThirtyOnTheDayIsStillWithinTheAgeRange() {
		assertThat(YouthAge.pastLimit(BORN, LocalDate.of(2026, 5, 10), 30)).isFalse();
		assertThat(YouthAge.standing(BORN, LocalDate.of(2026, 5, 10), 30, 35, null))
			.isEqualTo(YouthAge.Standing.WITHIN);
	}

	@Test
	void pastTheLimitFromTheThirtyFirstBirthdayNotOneDayBefore() {
		assertThat(YouthAge.pastLimit(BORN, LocalDate.of(2027, 5, 9), 30)).isFalse();
		assertThat(YouthAge.pastLimit(BORN, LocalDate.of(2027, 5, 10), 30)).isTrue();
		assertThat(YouthAge.standing(BORN, LocalDate.of(2027, 5, 10), 30, 35, null)).isEqualTo(YouthAge.Standing.DUE);
	}

	@Test
	void aLeapDayBirthIsPastTheLimitOnFirstMarch() {
		LocalDate leap = LocalDate.of(2000, 2, 29);
		assertThat(YouthAge.pastLimit(leap, LocalDate.of(2031, 2, 28), 30)).isFalse();
		assertThat(YouthAge.pastLimit(leap, LocalDate.of(2031, 3, 1), 30)).isTrue();
	}

	@Test
	void aMemberMayStayByWishUpToThirtyFiveAndNotBeyond() {
		assertThat(YouthAge.standing(BORN, LocalDate.of(2032, 5, 9), 30, 35, "WISH")).as("35 years and 364 days")
			.isEqualTo(YouthAge.Standing.STAYS_WISH);
		assertThat(YouthAge.standing(BORN, LocalDate.of(2032, 5, 10), 30, 35, "WISH")).as("36th birthday")
			.isEqualTo(YouthAge.Standing.WISH_EXPIRED);
	}

	@Test
	void youthUnionLeadersStayAtAnyAgeAndAWithdrawnStayCountsAsNone() {
		assertThat(YouthAge.standing(BORN, LocalDate.of(2040, 1, 1), 30, 35, "LEADERSHIP"))
			.isEqualTo(YouthAge.Standing.STAYS_LEADERSHIP);
		assertThat(YouthAge.standing(BORN, LocalDate.of(2028, 1, 1), 30, 35, "NONE")).isEqualTo(YouthAge.Standing.DUE);
	}

	@Test
	void joiningNeedsSixteenToThirtyOnTheDay() {
		LocalDate young = LocalDate.of(2010, 3, 15);
		assertThat(YouthAge.mayJoin(young, LocalDate.of(2026, 3, 14), 16, 30)).isFalse();
		assertThat(YouthAge.mayJoin(young, LocalDate.of(2026, 3, 15), 16, 30)).isTrue();
		assertThat(YouthAge.mayJoin(BORN, LocalDate.of(2027, 5, 9), 16, 30)).isTrue();
		assertThat(YouthAge.mayJoin(BORN, LocalDate.of(2027, 5, 10), 16, 30)).isFalse();
	}

}
