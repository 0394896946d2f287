package vn.dangvu.directive.cascade;

import vn.dangvu.organisation.UnitScope;

/**
 * The tracking board's SQL (decision 0122), plain text (with the scope condition of
 * {@link UnitScope}) so that the benchmark (bench/, DirectiveBoardBench) times exactly
 * what the application runs. Parameters: {@code :doc}, {@code :under} (a path prefix
 * pattern), {@code :today}, {@code :soon}, {@code :scopeAll}, {@code :scopePatterns}
 * ({@link UnitScope#params()}), {@code :limit}, {@code :offset}.
 */
public final class BoardSql {

	/** Scope condition on a unit aliased {@code u}. */
	public static final String UNIT = UnitScope.condition("u");

	/** Counts over every visible assigned unit. */
	public static final String SUMMARY = """
			select count(distinct a.id),
			       count(distinct a.id) filter (where not exists (select 1 from directive_action y
			           where y.assignment_id = a.id and y.done_on is null)),
			       count(x.id), count(x.id) filter (where x.done_on is not null),
			       count(x.id) filter (where x.done_on is null and x.due_on < :today),
			       count(x.id) filter (where x.done_on is null and x.due_on >= :today and x.due_on <= :soon)
			from directive_assignment a join unit_ref u on u.id = a.unit_id
			left join directive_action x on x.assignment_id = a.id
			where a.document_id = :doc and u.path like :under and """ + UNIT;

	private static final String OVERDUE = " having bool_or(x.done_on is null and x.due_on < :today)";

	private static final String COLUMNS = """
			a.id, u.id, u.code, u.name, u.depth, fu.name, a.assigned_on,
			max(x.due_on) filter (where x.kind = 'DISSEMINATE'), max(x.done_on) filter (where x.kind = 'DISSEMINATE'),
			max(x.present) filter (where x.kind = 'DISSEMINATE'), max(x.total) filter (where x.kind = 'DISSEMINATE'),
			max(x.due_on) filter (where x.kind = 'PLAN'), max(x.done_on) filter (where x.kind = 'PLAN'),
			max(x.report_document_id) filter (where x.kind = 'PLAN'),
			max(x.due_on) filter (where x.kind = 'INTERIM_REVIEW'), max(x.done_on) filter (where x.kind = 'INTERIM_REVIEW'),
			max(x.report_document_id) filter (where x.kind = 'INTERIM_REVIEW'),
			max(x.due_on) filter (where x.kind = 'FINAL_REVIEW'), max(x.done_on) filter (where x.kind = 'FINAL_REVIEW'),
			max(x.report_document_id) filter (where x.kind = 'FINAL_REVIEW')""";

	private BoardSql() {
	}

	/** The number of rows with an overdue action (the "overdue only" board). */
	public static final String COUNT_OVERDUE = """
			select count(*) from (select a.id from directive_assignment a join unit_ref u on u.id = a.unit_id
			join directive_action x on x.assignment_id = a.id
			where a.document_id = :doc and u.path like :under and %s group by a.id%s) t""".formatted(UNIT, OVERDUE);

	/** One page of rows (or all of them), in unit path order. */
	public static String rows(boolean overdueOnly, boolean paged) {
		return """
				select %s from directive_assignment a join unit_ref u on u.id = a.unit_id
				join unit_ref fu on fu.id = a.from_unit_id
				left join directive_action x on x.assignment_id = a.id
				where a.document_id = :doc and u.path like :under and %s
				group by a.id, u.id, u.code, u.name, u.depth, u.path, fu.name%s order by u.path%s""".formatted(COLUMNS,
				UNIT, overdueOnly ? OVERDUE : "", paged ? " limit :limit offset :offset" : "");
	}

}
