package vn.dangvu.meeting.grade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.meeting.MeetingGrade;
import vn.dangvu.meeting.ScoreCard;

import static org.assertj.core.api.Assertions.assertThat;

/** The default score sheet of RULES.md on the boundaries of each criterion and band. */
class ScoringTest {

	static ScoreSheet.Criterion auto(String code, double points, String check, Double threshold, boolean mustFull) {
		return new ScoreSheet.Criterion(code, 0, code, code, BigDecimal.valueOf(points), check,
				(threshold == null) ? null : BigDecimal.valueOf(threshold), mustFull);
	}

	static ScoreSheet.Criterion hand(String code, double points) {
		return new ScoreSheet.Criterion(code, 0, code, code, BigDecimal.valueOf(points), null, null, false);
	}

	/** As V900 ships it. */
	static final ScoreSheet SHEET = new ScoreSheet(1, null, LocalDate.of(2018, 7, 6), "mặc định", "12-HD/BTCTW",
			BigDecimal.valueOf(90), BigDecimal.valueOf(70), BigDecimal.valueOf(50),
			List.of(auto("ATTENDANCE", 15, "ATTENDANCE", 85.0, true),
					auto("NO_UNEXCUSED", 10, "NO_UNEXCUSED", null, false),
					auto("NO_LONG_ABSENCE", 5, "NO_LONG_ABSENCE", 3.0, false), hand("PREPARATION", 10),
					hand("DRAFT_RESOLUTION", 5), hand("ORDER", 10), hand("CRITICISM", 10),
					auto("PARTICIPATION", 10, "PARTICIPATION", 50.0, true),
					auto("DURATION", 10, "DURATION", 90.0, true), auto("RESOLUTION", 5, "RESOLUTION", null, false),
					auto("MINUTES", 10, "MINUTES", null, true)));

	/**
	 * 20 expected, all present, 10 spoke, 120 minutes, 15 of 18 voters for, minutes
	 * complete.
	 */
	static MeetingFacts perfect() {
		return new MeetingFacts(20, 20, 0, 0, 120, 10, 18, 15, true, true);
	}

	static ScoreSheet.Criterion criterion(String code) {
		return SHEET.criteria().stream().filter((c) -> c.code().equals(code)).findFirst().orElseThrow();
	}

	@ParameterizedTest(name = "{1} of {0} present: {2}")
	@CsvSource({ "20, 17, false", "200, 171, true", "20, 18, true", "100, 85, false", "100, 86, true", "0, 0, false" })
	void attendanceMustBeAbove85Percent(int expected, int present, boolean met) {
		MeetingFacts f = new MeetingFacts(expected, present, 0, 0, 120, present, present, present, true, true);
		assertThat(Scoring.check(criterion("ATTENDANCE"), f).passed()).isEqualTo(met);
	}

	@ParameterizedTest(name = "{0} minutes: {1}")
	@CsvSource({ "89, false", "90, true", "91, true" })
	void atLeast90Minutes(long minutes, boolean met) {
		MeetingFacts p = perfect();
		MeetingFacts f = new MeetingFacts(p.expected(), p.present(), 0, 0, minutes, p.speakers(), p.voters(),
				p.votesFor(), true, true);
		assertThat(Scoring.check(criterion("DURATION"), f).passed()).isEqualTo(met);
	}

	@ParameterizedTest(name = "absent {0} meetings in a row: {1}")
	@CsvSource({ "0, true", "3, true", "4, false" })
	void noMemberAbsentMoreThanThreeMeetingsInARow(int run, boolean met) {
		MeetingFacts f = new MeetingFacts(20, 19, 0, run, 120, 10, 18, 15, true, true);
		assertThat(Scoring.check(criterion("NO_LONG_ABSENCE"), f).passed()).isEqualTo(met);
	}

	@Test
	void anExcusedAbsenceKeepsTheUnexcusedCriterionAnUnexcusedOneLosesIt() {
		MeetingFacts excused = new MeetingFacts(20, 19, 0, 1, 120, 10, 18, 15, true, true);
		MeetingFacts unexcused = new MeetingFacts(20, 19, 1, 1, 120, 10, 18, 15, true, true);
		assertThat(Scoring.check(criterion("NO_UNEXCUSED"), excused).passed()).isTrue();
		assertThat(Scoring.check(criterion("NO_UNEXCUSED"), unexcused).passed()).isFalse();
		assertThat(Scoring.check(criterion("NO_UNEXCUSED"), unexcused).reasonKey())
			.isEqualTo("meeting.score.unexcused.missed");
	}

	@ParameterizedTest(name = "{0} of {1} present spoke: {2}")
	@CsvSource({ "10, 20, true", "9, 20, false", "0, 0, false" })
	void atLeastHalfOfThosePresentSpeak(int speakers, int present, boolean met) {
		MeetingFacts f = new MeetingFacts(present, present, 0, 0, 120, speakers, present, present, true, true);
		assertThat(Scoring.check(criterion("PARTICIPATION"), f).passed()).isEqualTo(met);
	}

	@ParameterizedTest(name = "{0} of {1} voters for: {2}")
	@CsvSource({ "10, 18, true", "9, 18, false", "0, 0, false" })
	void aResolutionIsAdoptedByMoreThanHalfOfTheFullMembersPresent(int votesFor, int voters, boolean met) {
		MeetingFacts f = new MeetingFacts(20, 20, 0, 0, 120, 10, voters, votesFor, true, true);
		assertThat(Scoring.check(criterion("RESOLUTION"), f).passed()).isEqualTo(met);
	}

	static Map<String, BigDecimal> hand(double preparation, double draft, double order, double criticism) {
		return Map.of("PREPARATION", BigDecimal.valueOf(preparation), "DRAFT_RESOLUTION", BigDecimal.valueOf(draft),
				"ORDER", BigDecimal.valueOf(order), "CRITICISM", BigDecimal.valueOf(criticism));
	}

	MeetingGrade grade(MeetingFacts facts, Map<String, BigDecimal> manual) {
		return Scoring.grade(SHEET, Scoring.lines(SHEET, facts, manual));
	}

	@Test
	void theBandsOfTheSheet() {
		// 65 automatic points when the record proves everything
		assertThat(grade(perfect(), hand(10, 5, 10, 10))).isEqualTo(MeetingGrade.GOOD); // 100
		assertThat(grade(perfect(), hand(10, 5, 10, 0))).isEqualTo(MeetingGrade.GOOD); // 90
		assertThat(grade(perfect(),
				hand(10, 5, 10, 0).entrySet()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
							(e) -> e.getKey().equals("ORDER") ? new BigDecimal("9.9") : e.getValue()))))
			.isEqualTo(MeetingGrade.FAIR); // 89.9
		assertThat(grade(perfect(), hand(0, 5, 0, 0))).isEqualTo(MeetingGrade.FAIR); // 70
		assertThat(grade(perfect(), hand(0, 4, 0, 0))).isEqualTo(MeetingGrade.AVERAGE); // 69
		MeetingFacts noMinutes = new MeetingFacts(20, 20, 1, 0, 120, 10, 18, 15, true, false);
		assertThat(grade(noMinutes, hand(0, 5, 0, 0))).isEqualTo(MeetingGrade.AVERAGE); // 50
		assertThat(grade(noMinutes, hand(0, 4, 0, 0))).isEqualTo(MeetingGrade.POOR); // 49
	}

	@Test
	void ninetyPointsWithoutFullMarksWhereTheSheetRequiresThemIsNotGood() {
		// 89 minutes: duration loses its 10 points; 90 points only with every hand
		// criterion full
		MeetingFacts shortMeeting = new MeetingFacts(20, 20, 0, 0, 89, 10, 18, 15, true, true);
		List<ScoreCard.Line> lines = Scoring.lines(SHEET, shortMeeting, hand(10, 5, 10, 10));
		assertThat(Scoring.total(lines)).isEqualByComparingTo("90");
		assertThat(Scoring.grade(SHEET, lines)).isEqualTo(MeetingGrade.FAIR);
	}

	@Test
	void aCardWithoutTheHandScoresHasNoGradeYet() {
		List<ScoreCard.Line> lines = Scoring.lines(SHEET, perfect(), Map.of());
		assertThat(Scoring.grade(SHEET, lines)).isNull();
		assertThat(Scoring.total(lines)).isEqualByComparingTo("65");
	}

}
