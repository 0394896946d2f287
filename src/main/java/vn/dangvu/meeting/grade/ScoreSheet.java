package vn.dangvu.meeting.grade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A score sheet in force from a day, for every cell (no unit) or a committee's subtree.
 */
record ScoreSheet(long id, Long unitId, LocalDate validFrom, String name, String source, BigDecimal goodMin,
		BigDecimal fairMin, BigDecimal averageMin, List<Criterion> criteria) {

	/** A criterion: scored from the record ({@code autoCheck}) or by hand. */
	record Criterion(String code, int position, String labelVi, String labelEn, BigDecimal points, String autoCheck,
			BigDecimal threshold, boolean mustFull) {

		public boolean automatic() {
			return this.autoCheck != null;
		}

	}

	public BigDecimal maximum() {
		return this.criteria.stream().map(Criterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
