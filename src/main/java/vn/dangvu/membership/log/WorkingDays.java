package vn.dangvu.membership.log;

import java.time.LocalDate;

/** "n working days after a date" ({@code RulesApi::addWorkingDays} or a calendar's). */
@FunctionalInterface
public interface WorkingDays {

	LocalDate add(LocalDate from, int n);

}
