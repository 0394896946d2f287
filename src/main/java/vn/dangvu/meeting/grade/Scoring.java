package vn.dangvu.meeting.grade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.dangvu.meeting.MeetingGrade;
import vn.dangvu.meeting.ScoreCard;

/**
 * The score of a meeting on a sheet (decision 0225): every automatic criterion scores
 * full marks when the record proves it and nothing otherwise, with its reason; hand
 * scores come from the committee. The grade bands are the sheet's: Tốt from
 * {@code goodMin} with every "must be full" criterion at full marks, Khá from
 * {@code fairMin}, Trung bình from {@code averageMin}, Kém below.
 */
final class Scoring {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Scoring() {
	}

	/**
	 * One line per criterion, automatic ones scored, hand ones from {@code manual} (or
	 * null).
	 */
	static List<ScoreCard.Line> lines(ScoreSheet sheet, MeetingFacts facts, Map<String, BigDecimal> manual) {
		List<ScoreCard.Line> lines = new ArrayList<>();
		for (ScoreSheet.Criterion c : sheet.criteria()) {
			if (c.automatic()) {
				Check check = check(c, facts);
				lines.add(new ScoreCard.Line(c.code(), c.labelVi(), c.labelEn(), c.points(),
						check.passed() ? c.points() : BigDecimal.ZERO, true, c.mustFull(), check.reasonKey(),
						check.args()));
			}
			else {
				lines.add(new ScoreCard.Line(c.code(), c.labelVi(), c.labelEn(), c.points(), manual.get(c.code()),
						false, c.mustFull(), null, List.of()));
			}
		}
		return lines;
	}

	static BigDecimal total(List<ScoreCard.Line> lines) {
		return lines.stream()
			.map(ScoreCard.Line::points)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The band of a complete card; null while a hand score is awaited. */
	static MeetingGrade grade(ScoreSheet sheet, List<ScoreCard.Line> lines) {
		if (lines.stream().anyMatch((l) -> l.points() == null)) {
			return null;
		}
		BigDecimal total = total(lines);
		boolean fullWhereRequired = lines.stream()
			.filter(ScoreCard.Line::mustFull)
			.allMatch((l) -> l.points().compareTo(l.maximum()) >= 0);
		if (total.compareTo(sheet.goodMin()) >= 0 && fullWhereRequired) {
			return MeetingGrade.GOOD;
		}
		if (total.compareTo(sheet.fairMin()) >= 0) {
			return MeetingGrade.FAIR;
		}
		return (total.compareTo(sheet.averageMin()) >= 0) ? MeetingGrade.AVERAGE : MeetingGrade.POOR;
	}

	record Check(boolean passed, String reasonKey, List<Object> args) {

		static Check of(boolean passed, String key, Object... args) {
			return new Check(passed, "meeting.score." + key + (passed ? ".met" : ".missed"), List.of(args));
		}

	}

	static Check check(ScoreSheet.Criterion c, MeetingFacts f) {
		BigDecimal threshold = (c.threshold() == null) ? BigDecimal.ZERO : c.threshold();
		String t = threshold.stripTrailingZeros().toPlainString();
		return switch (c.autoCheck()) {
			// attendance strictly above the threshold: present × 100 > threshold ×
			// expected
			case "ATTENDANCE" -> Check.of(
					f.expected() > 0 && BigDecimal.valueOf(f.present())
						.multiply(HUNDRED)
						.compareTo(threshold.multiply(BigDecimal.valueOf(f.expected()))) > 0,
					"attendance", f.present(), f.expected(), t);
			case "NO_UNEXCUSED" -> Check.of(f.unexcused() == 0, "unexcused", f.unexcused());
			case "NO_LONG_ABSENCE" -> Check.of(BigDecimal.valueOf(f.longestAbsenceRun()).compareTo(threshold) <= 0,
					"longAbsence", f.longestAbsenceRun(), t);
			case "DURATION" ->
				Check.of(BigDecimal.valueOf(f.minutes()).compareTo(threshold) >= 0, "duration", f.minutes(), t);
			case "PARTICIPATION" -> Check.of(
					f.present() > 0 && BigDecimal.valueOf(f.speakers())
						.multiply(HUNDRED)
						.compareTo(threshold.multiply(BigDecimal.valueOf(f.present()))) >= 0,
					"participation", f.speakers(), f.present(), t);
			case "RESOLUTION" -> Check.of(f.hasResolution() && f.voters() > 0 && f.votesFor() * 2 > f.voters(),
					"resolution", f.votesFor(), f.voters());
			case "MINUTES" -> Check.of(f.minutesComplete(), "minutes");
			default -> throw new IllegalStateException("Unknown automatic criterion " + c.autoCheck());
		};
	}

}
