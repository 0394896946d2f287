package vn.dangvu.membership.admission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.Standing;
import vn.dangvu.membership.log.LogEntry;
import vn.dangvu.membership.log.StatusFold;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.rules.RuleType;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** Every boundary of the admission and probation rules named in issue 3. */
class MembershipPoliciesTest {

	static final String SOURCE = "Quy định 294-QĐ/TW ngày 26/5/2025";

	static WorkingDayCalendar calendar;

	/** The real 2024-2027 calendar, read from the rules migration. */
	@BeforeAll
	static void readCalendar() throws IOException {
		String sql;
		try (InputStream in = MembershipPoliciesTest.class.getResourceAsStream("/db/migration/rules/V700__rules.sql")) {
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<LocalDate, Boolean> days = new HashMap<>();
		Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)'").matcher(sql);
		while (m.find()) {
			days.put(LocalDate.parse(m.group(1)), "WORKDAY".equals(m.group(2)));
		}
		calendar = new WorkingDayCalendar(2024, 2027, days, Set.of(2024, 2025, 2026, 2027));
	}

	static RuleValue rule(RuleType type, String value) {
		return new RuleValue(1, "test", type, value, LocalDate.of(2021, 7, 30), null, SOURCE, true, null);
	}

	static RuleValue years(int n) {
		return rule(RuleType.INTEGER, String.valueOf(n));
	}

	static final RuleValue TWO_THIRDS = rule(RuleType.FRACTION, "2/3");

	// ------------------------------------------------------------------ age

	/** The age policy between 18 and 60 years, with or without an approved exception. */
	static Verdict age(LocalDate birth, LocalDate on, boolean exception) {
		return AgePolicy.check(birth, on, years(18), years(60), exception);
	}

	@Test
	void eighteenExactlyOnTheDayTheCellConsidersIsAllowed() {
		assertThat(age(LocalDate.of(2007, 3, 15), LocalDate.of(2025, 3, 15), false).allowed()).isTrue();
	}

	@Test
	void oneDayShortOfEighteenIsRefusedCitingTheSource() {
		Verdict v = age(LocalDate.of(2007, 3, 15), LocalDate.of(2025, 3, 14), false);
		assertThat(v.allowed()).isFalse();
		assertThat(v.messageKey()).isEqualTo("membership.policy.age.tooYoung");
		assertThat(v.args()).containsExactly(18, SOURCE);
	}

	@Test
	void sixtyYearsAndElevenMonthsIsStillSixtyInWholeMonthsButSixtyAndOneMonthIsOver() {
		LocalDate birth = LocalDate.of(1965, 2, 10);
		assertThat(age(birth, LocalDate.of(2025, 3, 9), false).allowed()).isTrue();
		Verdict over = age(birth, LocalDate.of(2025, 3, 10), false);
		assertThat(over.allowed()).isFalse();
		assertThat(over.messageKey()).isEqualTo("membership.policy.age.tooOld");
		assertThat(AgePolicy.isOverMaximum(birth, LocalDate.of(2025, 3, 10), years(60))).isTrue();
	}

	@Test
	void overSixtyIsAllowedOnlyWithAnApprovedException() {
		assertThat(age(LocalDate.of(1965, 2, 10), LocalDate.of(2025, 3, 10), true).allowed()).isTrue();
	}

	@Test
	void unknownBirthDateIsRefused() {
		assertThat(age(null, LocalDate.of(2025, 3, 10), true).messageKey()).isEqualTo("membership.policy.age.unknown");
	}

	// ------------------------------------------------------------------ education

	@Test
	void lowerSecondaryPassesInBothSchoolSystemsAndGradeFiveOrNothingFails() {
		RuleValue min = rule(RuleType.TEXT, "LOWER_SECONDARY");
		for (String ok : List.of("GRADE_9_12", "GRADE_12_12", "GRADE_7_10", "GRADE_10_10")) {
			assertThat(EducationPolicy.check(ok, min).allowed()).as(ok).isTrue();
		}
		assertThat(EducationPolicy.check("GRADE_5_12", min).allowed()).isFalse();
		assertThat(EducationPolicy.check(null, min).args()).containsExactly(SOURCE);
	}

	// ------------------------------------------------------------------ certificate

	@Test
	void certificateHoldsUntilTheDayBeforeItsFifthAnniversary() {
		LocalDate issued = LocalDate.of(2020, 6, 1);
		assertThat(CertificatePolicy.check(issued, LocalDate.of(2025, 5, 31), years(5)).allowed()).isTrue();
		assertThat(CertificatePolicy.check(issued, LocalDate.of(2025, 6, 1), years(5)).messageKey())
			.isEqualTo("membership.policy.certificate.expired");
		assertThat(CertificatePolicy.check(null, LocalDate.of(2025, 6, 1), years(5)).allowed()).isFalse();
	}

	// ------------------------------------------------------------------ votes

	@Test
	void eightOfTwelveReachesTwoThirds() {
		assertThat(CellResolutionPolicy.check(new VoteCount(8, 4, 12), TWO_THIRDS).allowed()).isTrue();
	}

	@Test
	void sevenOfElevenFallsShortOfTwoThirdsAndSaysHowManyAreNeeded() {
		Verdict v = CellResolutionPolicy.check(new VoteCount(7, 4, 11), TWO_THIRDS);
		assertThat(v.allowed()).isFalse();
		assertThat(v.args()).containsExactly(7, 11, "2/3", 8L, SOURCE);
		assertThat(CommitteeResolutionPolicy.check(new VoteCount(7, 0, 11), TWO_THIRDS).messageKey())
			.isEqualTo("membership.policy.committeeResolution.threshold");
	}

	@Test
	void votesThatDoNotAddUpAreRefused() {
		assertThat(CellResolutionPolicy.check(new VoteCount(10, 3, 12), TWO_THIRDS).messageKey())
			.isEqualTo("membership.policy.vote.inconsistent");
		assertThat(CellResolutionPolicy.check(new VoteCount(null, 0, 12), TWO_THIRDS).messageKey())
			.isEqualTo("membership.policy.vote.missing");
	}

	// ------------------------------------------------------------------ deadlines

	@Test
	void ceremonyDeadlineCrossingTet2025SkipsTheFiveDaysOff() {
		LocalDate decision = LocalDate.of(2025, 1, 20);
		assertThat(CeremonyDeadlinePolicy.deadline(decision, years(30), calendar::addWorkingDays))
			.isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(CeremonyDeadlinePolicy
			.check(decision, LocalDate.of(2025, 3, 10), years(30), calendar::addWorkingDays, false)
			.allowed()).isTrue();
		Verdict late = CeremonyDeadlinePolicy.check(decision, LocalDate.of(2025, 3, 11), years(30),
				calendar::addWorkingDays, false);
		assertThat(late.messageKey()).isEqualTo("membership.policy.ceremonyDeadline");
		assertThat(late.args()).containsExactly(30, "10/03/2025", SOURCE);
	}

	@Test
	void aLateCeremonyIsAllowedWithTheNextLevelApproval() {
		assertThat(CeremonyDeadlinePolicy
			.check(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 4, 1), years(30), calendar::addWorkingDays, true)
			.allowed()).isTrue();
	}

	@Test
	void theMakeUpSaturday26April2025CountsAsAWorkingDay() {
		// 1/4 + 30 working days: 7/4, 30/4, 1/5, 2/5 off; Saturday 26/4 worked
		LocalDate decision = LocalDate.of(2025, 4, 1);
		assertThat(CeremonyDeadlinePolicy.deadline(decision, years(30), calendar::addWorkingDays))
			.isEqualTo(LocalDate.of(2025, 5, 16));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
	}

	@Test
	void decisionDeadlineIsSixtyWorkingDaysAfterTheCellResolution() {
		LocalDate resolution = LocalDate.of(2025, 1, 6);
		LocalDate deadline = DecisionDeadlinePolicy.deadline(resolution, years(60), calendar::addWorkingDays);
		assertThat(calendar.workingDaysBetween(resolution, deadline)).isEqualTo(60);
		assertThat(DecisionDeadlinePolicy.check(resolution, deadline, years(60), calendar::addWorkingDays).allowed())
			.isTrue();
		assertThat(DecisionDeadlinePolicy.check(resolution, deadline.plusDays(1), years(60), calendar::addWorkingDays)
			.messageKey()).isEqualTo("membership.policy.decisionDeadline");
		assertThat(
				DecisionDeadlinePolicy.check(resolution, resolution.minusDays(1), years(60), calendar::addWorkingDays)
					.messageKey())
			.isEqualTo("membership.policy.date.beforePrevious");
	}

	// ------------------------------------------------------------------ probation

	@Test
	void probationEndingOnNationalDayStillEndsThatDayAndTheWindowCountsWorkingDaysAfterIt() {
		LocalDate ceremony = LocalDate.of(2025, 9, 2);
		LocalDate end = ProbationPolicy.end(ceremony, years(12));
		assertThat(end).isEqualTo(LocalDate.of(2026, 9, 2));
		assertThat(calendar.isWorkingDay(end)).isFalse();
		assertThat(ProbationPolicy.conversionDeadline(end, years(30), calendar::addWorkingDays))
			.isEqualTo(LocalDate.of(2026, 10, 14));
		assertThat(ProbationPolicy.checkResolution(end, end.minusDays(1), years(12)).messageKey())
			.isEqualTo("membership.policy.probation.notOver");
		assertThat(ProbationPolicy.checkResolution(end, end, years(12)).allowed()).isTrue();
	}

	@Test
	void aLateConversionIsDatedAtTheExactEndOfTheTwelveMonths() {
		LocalDate ceremony = LocalDate.of(2024, 5, 10);
		LocalDate fullOn = ProbationPolicy.fullMembershipDate(ceremony, years(12));
		assertThat(fullOn).isEqualTo(LocalDate.of(2025, 5, 10));
		StatusFold fold = new StatusFold((d) -> 12);
		List<LogEntry> log = List.of(new LogEntry(1, "ADMITTED", ceremony, 7L, null, Map.of(), null),
				// decided on 20/8/2025, recorded as of the end of probation
				new LogEntry(2, "CONVERTED", fullOn, 7L, null, Map.of("decisionDate", "2025-08-20"), null));
		assertThat(fold.fold(9, log, LocalDate.of(2025, 5, 9)).standing()).isEqualTo(Standing.PROBATIONARY);
		MemberStatus full = fold.fold(9, log, LocalDate.of(2025, 5, 10));
		assertThat(full.standing()).isEqualTo(Standing.FULL);
		assertThat(full.fullOn()).isEqualTo(fullOn);
		assertThat(ProbationPolicy.fullMembershipDate(LocalDate.of(2024, 2, 29), years(12)))
			.isEqualTo(LocalDate.of(2025, 2, 28));
	}

	// ------------------------------------------------------------------ introducers

	static MemberStatus full(long cell, LocalDate since) {
		return new MemberStatus(1, since, Standing.FULL, cell, false, since, null, null, since);
	}

	@Test
	void introducerMustHaveBeenInTheCellForTwelveMonthsOnTheDay() {
		LocalDate on = LocalDate.of(2025, 6, 10);
		var a = new IntroducerPolicy.Introducer("A", full(7, LocalDate.of(2024, 6, 10)));
		var b = new IntroducerPolicy.Introducer("B", full(7, LocalDate.of(2024, 6, 11)));
		assertThat(IntroducerPolicy.check(List.of(a), true, 7, on, years(12)).allowed()).isTrue();
		Verdict shortB = IntroducerPolicy.check(List.of(a, b), false, 7, on, years(12));
		assertThat(shortB.messageKey()).isEqualTo("membership.policy.introducer.tooShort");
		assertThat(shortB.args()).containsExactly("B", 12, SOURCE);
	}

	@Test
	void introducerMustBeAFullMemberOfTheSameCellAndTwoAreNeeded() {
		LocalDate on = LocalDate.of(2025, 6, 10);
		var other = new IntroducerPolicy.Introducer("C", full(8, LocalDate.of(2020, 1, 1)));
		var probationary = new IntroducerPolicy.Introducer("D", new MemberStatus(1, on, Standing.PROBATIONARY, 7L,
				false, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), null, null));
		assertThat(IntroducerPolicy.check(List.of(other), true, 7, on, years(12)).messageKey())
			.isEqualTo("membership.policy.introducer.otherCell");
		assertThat(IntroducerPolicy.check(List.of(probationary), true, 7, on, years(12)).messageKey())
			.isEqualTo("membership.policy.introducer.notFull");
		assertThat(IntroducerPolicy.check(List.of(), true, 7, on, years(12)).messageKey())
			.isEqualTo("membership.policy.introducer.count");
	}

	// ------------------------------------------------------------------ attachments

	@Test
	void attachmentMustBeAPdfOrImageWhoseContentMatches() {
		assertThat(new Attachment("a.pdf", "application/pdf", "%PDF-1.4 x".getBytes()).check().allowed()).isTrue();
		assertThat(new Attachment("a.pdf", "application/pdf", "<html>".getBytes()).check().messageKey())
			.isEqualTo("membership.attachment.type");
		assertThat(new Attachment("a.exe", "application/octet-stream", "MZ".getBytes()).check().allowed()).isFalse();
		assertThat(new Attachment("a.pdf", "application/pdf", new byte[0]).check().messageKey())
			.isEqualTo("membership.attachment.empty");
	}

}
