package vn.dangvu.membership.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.Standing;

import static org.assertj.core.api.Assertions.assertThat;

/** Status on a date derived from the log. */
class StatusFoldTest {

	final StatusFold fold = new StatusFold((d) -> 12);

	static LocalDate d(String s) {
		return LocalDate.parse(s);
	}

	@Test
	void baselineRecordTurnsFullOnItsFullDate() {
		List<LogEntry> log = List.of(new LogEntry(1, "RECORDED", d("2010-05-19"), 5L, null,
				Map.of("admittedOn", "2010-05-19", "fullOn", "2011-05-19"), null));
		assertThat(this.fold.fold(1, log, d("2010-05-18")).standing()).isEqualTo(Standing.NONE);
		assertThat(this.fold.fold(1, log, d("2011-01-01")).standing()).isEqualTo(Standing.PROBATIONARY);
		MemberStatus s = this.fold.fold(1, log, d("2024-01-01"));
		assertThat(s.standing()).isEqualTo(Standing.FULL);
		assertThat(s.cellId()).isEqualTo(5L);
		assertThat(s.inCellSince()).isEqualTo(d("2010-05-19"));
	}

	@Test
	void transferBetweenCellsIsInTransitUntilConfirmedThenInTheNewCell() {
		List<LogEntry> log = List.of(new LogEntry(1, "RECORDED", d("2015-01-01"), 5L, null, Map.of(), null),
				new LogEntry(2, "TRANSFER_OUT", d("2024-03-01"), 5L, 6L, Map.of(), null),
				new LogEntry(3, "TRANSFER_IN", d("2024-03-20"), 6L, 5L, Map.of(), null));
		assertThat(this.fold.fold(1, log, d("2024-02-29")).cellId()).isEqualTo(5L);
		MemberStatus transit = this.fold.fold(1, log, d("2024-03-10"));
		assertThat(transit.standing()).isEqualTo(Standing.FULL);
		assertThat(transit.inTransit()).isTrue();
		assertThat(transit.cellId()).isNull();
		MemberStatus after = this.fold.fold(1, log, d("2024-04-01"));
		assertThat(after.cellId()).isEqualTo(6L);
		assertThat(after.inCellSince()).isEqualTo(d("2024-03-20"));
	}

	@Test
	void transferOutsideTheSystemAndStrikingOffEndMembership() {
		List<LogEntry> out = List.of(new LogEntry(1, "RECORDED", d("2015-01-01"), 5L, null, Map.of(), null),
				new LogEntry(2, "TRANSFER_OUT", d("2024-03-01"), 5L, null, Map.of(), null));
		assertThat(this.fold.fold(1, out, d("2024-03-01")).standing()).isEqualTo(Standing.TRANSFERRED_OUT);
		List<LogEntry> struck = List.of(new LogEntry(1, "RECORDED", d("2015-01-01"), 5L, null, Map.of(), null),
				new LogEntry(2, "STRUCK_OFF", d("2024-03-01"), 5L, null, Map.of(), null));
		assertThat(this.fold.fold(1, struck, d("2024-02-29")).isFull()).isTrue();
		assertThat(this.fold.fold(1, struck, d("2024-03-01")).standing()).isEqualTo(Standing.STRUCK_OFF);
	}

	@Test
	void aCorrectedEventNoLongerCounts() {
		List<LogEntry> log = List.of(new LogEntry(1, "RECORDED", d("2015-01-01"), 5L, null, Map.of(), null),
				new LogEntry(2, "EXPELLED", d("2024-03-01"), 5L, null, Map.of(), null),
				new LogEntry(3, "CORRECTED", d("2024-04-01"), 5L, null, Map.of(), 2L));
		assertThat(this.fold.fold(1, log, d("2024-05-01")).standing()).isEqualTo(Standing.FULL);
	}

	@Test
	void admittedMemberIsProbationaryForTwelveMonths() {
		List<LogEntry> log = List.of(new LogEntry(1, "ADMITTED", d("2025-03-10"), 5L, null, Map.of(), null));
		MemberStatus s = this.fold.fold(1, log, d("2025-12-01"));
		assertThat(s.standing()).isEqualTo(Standing.PROBATIONARY);
		assertThat(s.probationEndsOn()).isEqualTo(d("2026-03-10"));
		// without a conversion the member stays probationary after the end
		assertThat(this.fold.fold(1, log, d("2026-06-01")).standing()).isEqualTo(Standing.PROBATIONARY);
	}

}
