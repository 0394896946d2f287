package vn.dangvu.programme;

import java.time.LocalDate;

/** One line of a list of programmes. */
public record ProgrammeSummary(long id, long unitId, String unitName, ProgrammeKind kind, String title,
		PeriodKind periodKind, LocalDate startsOn, LocalDate endsOn, ProgrammeState state, LocalDate adoptedOn,
		int areas, int tasks, int activities) {

}
