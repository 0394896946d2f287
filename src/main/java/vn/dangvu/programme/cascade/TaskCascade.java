package vn.dangvu.programme.cascade;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.dangvu.programme.ProgrammeState;

/**
 * Who concretised a key task below its programme's unit, and how far they are (decision
 * 0273): the tasks that name it as their parent, level by level, with their owner rows
 * done, in all and overdue, and the units below that have not concretised it yet.
 */
public record TaskCascade(long programmeId, String programmeTitle, long unitId, String unitName, long taskId,
		String code, String title, LocalDate asOf, List<Concretisation> concretisations, List<Missing> missing) {

	/**
	 * A task of a programme of a unit below that concretises this task ({@code level} 1)
	 * or one that concretises it in turn (2, 3, …).
	 */
	public record Concretisation(long taskId, Long parentTaskId, int level, String code, String title, long programmeId,
			String programmeTitle, ProgrammeState programmeState, long unitId, String unitName, int activities,
			long owners, long done, long overdue) {

		/** Owner rows done, in percent of all (0 when none). */
		@JsonProperty
		public int donePercent() {
			return (this.owners == 0) ? 0 : (int) (this.done * 100 / this.owners);
		}

	}

	/**
	 * A unit directly below the task's unit, or below a unit that concretised it, that
	 * has no concretising task yet; {@code aboveName} names the unit it should concretise
	 * from.
	 */
	public record Missing(long unitId, String unitName, String aboveName) {

	}

}
