package vn.dangvu.membership.statistics;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitMoved;

/**
 * When a unit moves, its subtree's counts leave the old ancestors and reach the new ones
 * in the moving transaction (decision 0280), as person_scope follows a move (0070). Rows
 * of units inside the subtree are keyed by ids and stay right; ancestors the two paths
 * share keep theirs (the change nets to zero there).
 */
@Component
@RequiredArgsConstructor
class MembershipTallyMoves {

	static final String MOVE = """
			with anc as (
			  select p.ids[i] as unit_id, p.ids[i + 1] as via_id, p.sign
			  from (select string_to_array(trim(both '/' from cast(:oldPath as text)), '/')::bigint[] as ids, -1 as sign
			        union all
			        select string_to_array(trim(both '/' from cast(:newPath as text)), '/')::bigint[], 1) p
			  cross join lateral generate_subscripts(p.ids, 1) i
			  where i < cardinality(p.ids)),
			net as (select unit_id, via_id, sum(sign) as sign from anc group by 1, 2 having sum(sign) <> 0),
			moved as (
			  select day, sum(admitted) as admitted, sum(converted) as converted, sum(transferred_in) as transferred_in,
			    sum(transferred_out) as transferred_out, sum(struck_off) as struck_off, sum(expelled) as expelled,
			    sum(youth_matured) as youth_matured
			  from membership_tally where unit_id = :unit group by day)
			insert into membership_tally as t (unit_id, day, via_id, admitted, converted, transferred_in, transferred_out,
			  struck_off, expelled, youth_matured)
			select n.unit_id, m.day, n.via_id, n.sign * m.admitted, n.sign * m.converted, n.sign * m.transferred_in,
			  n.sign * m.transferred_out, n.sign * m.struck_off, n.sign * m.expelled, n.sign * m.youth_matured
			from net n cross join moved m
			order by 1, 2, 3
			on conflict (unit_id, day, via_id) do update
			  set admitted = t.admitted + excluded.admitted, converted = t.converted + excluded.converted,
			    transferred_in = t.transferred_in + excluded.transferred_in,
			    transferred_out = t.transferred_out + excluded.transferred_out,
			    struck_off = t.struck_off + excluded.struck_off, expelled = t.expelled + excluded.expelled,
			    youth_matured = t.youth_matured + excluded.youth_matured""";

	private final JdbcClient jdbc;

	@EventListener
	void on(UnitMoved moved) {
		// Waits for the writers of events that read a path before the move (V546's shared
		// lock); those after it wait for the move to commit and read the new path.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('membership_tally'), 0)").query((rs, n) -> 1).list();
		this.jdbc.sql(MOVE)
			.param("unit", moved.unitId())
			.param("oldPath", moved.oldPath())
			.param("newPath", moved.newPath())
			.update();
	}

}
