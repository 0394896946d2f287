package vn.dangvu.programme.plan;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.web.Choice;
import vn.dangvu.programme.ProgrammeStructure;

/** The options of the programme forms, each limited to what the caller may pick. */
@Component
@RequiredArgsConstructor
class ProgrammeChoices {

	private final DirectiveApi directives;

	private final ProgrammeQueries queries;

	private final JdbcClient jdbc;

	/** The newest documents of the registry the caller sees. */
	List<Choice> documents(Caller caller) {
		return Choice.of(
				this.directives.search(new DocumentQuery(null, null, null, null, null, "date", 0, 100), caller).items(),
				(d) -> d.id(), (d) -> d.citation() + " — " + d.summary());
	}

	/**
	 * People working in the programme unit's subtree, by Vietnamese order (at most 500),
	 * and the one already chosen.
	 */
	@Transactional(readOnly = true)
	List<Choice> people(ProgrammeStructure p, Long chosen) {
		List<Choice> people = new ArrayList<>(this.jdbc.sql("""
				select pr.id, pr.full_name || coalesce(' — ' || pr.job_title, '') from person_ref pr
				join unit_ref w on w.id = pr.work_unit_id
				where w.path like (select u.path from unit_ref u where u.id = :unit) || '%'
				order by pr.sort_key, pr.id limit 500""")
			.param("unit", p.unitId())
			.query((rs, n) -> Choice.of(rs.getLong(1), rs.getString(2)))
			.list());
		if (chosen != null && people.stream().noneMatch((c) -> c.value().equals(chosen.toString()))) {
			this.jdbc.sql("select id, full_name from person_ref where id = :id")
				.param("id", chosen)
				.query((rs, n) -> Choice.of(rs.getLong(1), rs.getString(2)))
				.optional()
				.ifPresent((c) -> people.add(0, c));
		}
		return people;
	}

	/** The units below the programme's unit (and itself), indented by depth. */
	List<Choice> ownerUnits(ProgrammeStructure p) {
		return this.queries.ownerUnits(p.unitId())
			.stream()
			.map((u) -> Choice.of(u.id(), "\u2003".repeat(Math.min(u.depth(), 6)) + u.name()))
			.toList();
	}

	List<Choice> parentTasks(ProgrammeStructure p, Caller caller) {
		return this.queries.parentTasks(p, caller).stream().map((t) -> Choice.of(t.id(), t.label())).toList();
	}

	/**
	 * The units of the programme unit's subtree (itself included) with open cells under
	 * them: whose cells an activity may be given to at once, indented by depth.
	 */
	@Transactional(readOnly = true)
	List<Choice> cellParents(ProgrammeStructure p) {
		return this.jdbc.sql("""
				select c.id, c.name, c.depth - u.depth from unit_ref u join unit_ref c on c.path like u.path || '%'
				where u.id = :unit and c.closed_on is null and c.kind <> 'CELL'
				  and exists (select 1 from unit_ref x where x.kind = 'CELL' and x.closed_on is null
				              and x.path like c.path || '%' and x.id <> c.id)
				order by c.path limit 500""")
			.param("unit", p.unitId())
			.query((rs, n) -> Choice.of(rs.getLong(1), "\u2003".repeat(Math.min(rs.getInt(3), 6)) + rs.getString(2)))
			.list();
	}

}
