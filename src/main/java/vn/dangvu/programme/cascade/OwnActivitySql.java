package vn.dangvu.programme.cascade;

/**
 * The home card's SQL (decision 0273), plain text so that the benchmark (bench/,
 * ProgrammeBoardBench) times exactly what {@link OwnActivityQueries} runs.
 */
public final class OwnActivitySql {

	/**
	 * A person's open activities in adopted programmes, soonest due first, with their
	 * total: those owned by the units the person holds ({@code :units}, their own units,
	 * not the subtree) and those the person leads ({@code :person}, -1 for none); at most
	 * {@code :n}.
	 */
	public static final String OPEN_ACTIVITIES = """
			select a.id, a.title, a.due_on, p.id, p.title, x.unit_name, count(*) over ()
			from (
			  select o.activity_id, min(u.name) as unit_name
			  from programme_activity_owner o join unit_ref u on u.id = o.unit_id
			  where o.unit_id = any(:units) and o.status in ('NOT_STARTED', 'IN_PROGRESS')
			  group by o.activity_id
			  union all
			  select a.id, null from programme_activity a
			  where a.lead_person_id = :person
			    and not exists (select 1 from programme_activity_owner w where w.activity_id = a.id
			                    and w.unit_id = any(:units) and w.status in ('NOT_STARTED', 'IN_PROGRESS'))
			    and (exists (select 1 from programme_activity_owner w where w.activity_id = a.id
			                 and w.status in ('NOT_STARTED', 'IN_PROGRESS'))
			         or not exists (select 1 from programme_activity_owner w where w.activity_id = a.id))
			) x join programme_activity a on a.id = x.activity_id join programme p on p.id = a.programme_id
			where p.state = 'ADOPTED'
			order by a.due_on, a.id limit :n""";

	private OwnActivitySql() {
	}

}
