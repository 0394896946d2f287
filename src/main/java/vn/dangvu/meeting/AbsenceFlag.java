package vn.dangvu.meeting;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member of a cell who missed meetings without a reason in a year: how many meetings,
 * in how many distinct months, the last one, and whether the months reach the number of
 * the striking-off rule (RULES.md, {@code membership.striking-off.months-in-year}).
 *
 * @param personId the member
 * @param name the member's full name
 * @param unexcused meetings missed without a reason in the year
 * @param months distinct months of the year with such an absence
 * @param lastOn the day of the last one
 * @param threshold the months of the striking-off rule on the day it was read
 */
public record AbsenceFlag(long personId, String name, int unexcused, int months, LocalDate lastOn, int threshold) {

	/**
	 * The rule's pattern is reached: the cell should consider striking the member off.
	 */
	@JsonProperty("strikingOff")
	public boolean strikingOff() {
		return this.months >= this.threshold;
	}

}
