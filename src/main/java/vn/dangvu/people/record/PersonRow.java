package vn.dangvu.people.record;

import java.time.LocalDate;

import vn.dangvu.people.Sex;

/** One line of the people list. */
public record PersonRow(long id, String fullName, LocalDate birthDate, Sex sex, String cccd, String jobTitle,
		Long workUnitId, String workUnitName, boolean partyMember, boolean unionMember, boolean youthMember) {

	/**
	 * The CCCD shown to a caller who does not manage people: only the last four digits.
	 */
	public String maskedCccd() {
		return this.cccd == null || this.cccd.length() < 4 ? ""
				: "********" + this.cccd.substring(this.cccd.length() - 4);
	}

	PersonRow masked(boolean full) {
		return full ? this
				: new PersonRow(this.id, this.fullName, this.birthDate, this.sex, maskedCccd(), this.jobTitle,
						this.workUnitId, this.workUnitName, this.partyMember, this.unionMember, this.youthMember);
	}

}
