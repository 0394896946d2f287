package vn.dangvu.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme with its areas, key tasks (with their indicators and activities) in order,
 * and what the caller may do with it.
 *
 * @param version the version a write must name (optimistic locking)
 * @param mayWrite whether the caller holds the owning unit
 * @param amendments how many amendments the adopted programme has had
 */
public record ProgrammeStructure(long id, long unitId, String unitName, ProgrammeKind kind, String title,
		PeriodKind periodKind, LocalDate startsOn, LocalDate endsOn, ProgrammeState state, Long adoptingDocumentId,
		String adoptingDocument, Long adoptingMeetingId, LocalDate adoptedOn, LocalDate closedOn,
		Long resolutionDocumentId, String resolutionDocument, RollUpRule rollUp, int version, boolean mayWrite,
		int amendments, List<Area> areas) {

	/** An area of the programme, with its key tasks. */
	public record Area(long id, int position, String title, List<Task> tasks) {

	}

	/**
	 * A key task; {@code parentTaskId} the task of a programme above it concretises, with
	 * that task's code and title and its programme's unit.
	 */
	public record Task(long id, long areaId, int position, String code, String title, BigDecimal weight,
			Long parentTaskId, String parentTask, List<Indicator> indicators, List<Activity> activities) {

	}

	public record Indicator(long id, long taskId, int position, String name, IndicatorKind kind, BigDecimal target,
			String unitLabel) {

		/**
		 * The target as Vietnamese write figures: dots between thousands, a decimal comma
		 * (1.000.000; 95,5).
		 */
		public String targetFigure() {
			java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
			symbols.setGroupingSeparator('.');
			symbols.setDecimalSeparator(',');
			return new java.text.DecimalFormat("#,##0.##", symbols).format(this.target);
		}

	}

	/**
	 * An activity; {@code dueOn} is the last day of the month or quarter it was given as.
	 */
	public record Activity(long id, long taskId, int position, String title, Long leadPersonId, String leadPerson,
			LocalDate startsOn, LocalDate dueOn, DuePrecision duePrecision, String deliverable, BigDecimal weight,
			List<Owner> owners) {

	}

	public record Owner(long unitId, String unitName) {

	}

	/** Every activity of the programme, in order. */
	public List<Activity> allActivities() {
		return this.areas.stream().flatMap((a) -> a.tasks().stream()).flatMap((t) -> t.activities().stream()).toList();
	}

	/** Every key task of the programme, in order. */
	public List<Task> allTasks() {
		return this.areas.stream().flatMap((a) -> a.tasks().stream()).toList();
	}

}
