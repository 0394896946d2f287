package vn.dangvu.people.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.Sex;
import vn.dangvu.people.scope.PersonScope;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The people read model: one count and one page query per list, always within the
 * caller's scope.
 */
@Service
@RequiredArgsConstructor
public class PersonReads {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	private static final String ROW_COLUMNS = """
			select p.id, p.full_name, p.birth_date, p.sex, p.cccd, p.job_title, p.work_unit_id, w.name as work_unit_name,
			  p.party_unit_id is not null as party_member, p.union_unit_id is not null as union_member,
			  p.youth_unit_id is not null as youth_member
			from person p left join unit_ref w on w.id = p.work_unit_id
			""";

	private static final RowMapper<PersonRow> ROW = (rs, n) -> new PersonRow(rs.getLong("id"),
			rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
			rs.getString("cccd"), rs.getString("job_title"), longOrNull(rs, "work_unit_id"),
			rs.getString("work_unit_name"), rs.getBoolean("party_member"), rs.getBoolean("union_member"),
			rs.getBoolean("youth_member"));

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final PeopleUnits units;

	private final Clock clock;

	public PersonScope scopeOf(Caller caller) {
		return PersonScope.of(caller, this.scopes.of(caller));
	}

	@Transactional(readOnly = true)
	public Page<PersonRow> list(Caller caller, PersonFilter filter, int page, int size) {
		PersonScope scope = scopeOf(caller);
		Map<String, Object> params = new HashMap<>();
		PersonListSql.Where where = PersonListSql.where(scope, filter, params, this.units,
				VietnamTime.today(this.clock));
		params.put("limit", size);
		params.put("offset", (long) page * size);
		long total;
		List<PersonRow> rows;
		if (where.scopeRows() != null) {
			ScopedPage ids = pageOnScopeRows(where.scopeRows(), filter, page, size, params);
			total = ids.total();
			rows = ids.personIds().isEmpty() ? List.of()
					: this.jdbc.sql(ROW_COLUMNS + " where p.id = any(:ids)" + PersonListSql.orderBy(filter))
						.param("ids", ids.personIds().toArray(Long[]::new))
						.query(ROW)
						.list();
		}
		else {
			total = this.jdbc.sql("select count(*) from person p where " + where.onPerson())
				.params(params)
				.query(Long.class)
				.single();
			rows = this.jdbc
				.sql(ROW_COLUMNS + " where " + where.onPerson() + PersonListSql.orderBy(filter)
						+ " limit :limit offset :offset")
				.params(params)
				.query(ROW)
				.list();
		}
		List<PersonRow> masked = rows.stream().map((r) -> r.masked(scope.canManage())).toList();
		return new PageImpl<>(masked, PageRequest.of(page, size), total);
	}

	private record ScopedPage(long total, List<Long> personIds) {
	}

	/**
	 * Counts and pages the distinct persons of a filter on person_scope (one range scan
	 * of the covering path index). A person has at most four rows (one per unit kind)
	 * with the same sort values, so the first 4 × (offset + limit) rows in list order
	 * hold the page's persons: a top-N sort, then the dedupe. With a name fragment the
	 * matching rows are few and scanned once for both the count and the page (a
	 * materialised CTE); without one the range is large and two scans are cheaper than
	 * materialising it.
	 */
	private ScopedPage pageOnScopeRows(String scopeRows, PersonFilter filter, int page, int size,
			Map<String, Object> params) {
		params.put("window", 4L * ((long) page * size + size));
		String top = """
				select distinct w.birth_date, w.sort_key, w.person_id from (
				  select s.birth_date, s.sort_key, s.person_id from %s s where %s
				  order by %s limit :window) w
				order by %s limit :limit offset :offset""";
		if (params.containsKey("pattern")) {
			List<Object[]> result = this.jdbc
				.sql("""
						with m as materialized (
						  select s.birth_date, s.sort_key, s.person_id from person_scope s where %s)
						select c.total, p.person_id from (select count(distinct m.person_id) as total from m) c
						left join lateral (%s) p on true
						order by %s""".formatted(scopeRows,
						top.formatted("m", "true", PersonListSql.scopeOrder(filter, "s"),
								PersonListSql.scopeOrder(filter, "w")),
						PersonListSql.scopeOrder(filter, "p")))
				.params(params)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, Long.class) })
				.list();
			return new ScopedPage((Long) result.get(0)[0],
					result.stream().map((r) -> (Long) r[1]).filter(Objects::nonNull).toList());
		}
		long total = this.jdbc.sql("select count(distinct s.person_id) from person_scope s where " + scopeRows)
			.params(params)
			.query(Long.class)
			.single();
		List<Long> ids = this.jdbc.sql(top.formatted("person_scope", scopeRows, PersonListSql.scopeOrder(filter, "s"),
				PersonListSql.scopeOrder(filter, "w")))
			.params(params)
			.query((rs, n) -> rs.getLong(3))
			.list();
		return new ScopedPage(total, ids);
	}

	/** A person as exported: the data and the codes of the four units. */
	public record ExportRow(PersonDraft data, String workCode, String partyCode, String unionCode, String youthCode) {
	}

	/**
	 * Every row of the filtered list, in list order, for an export (streamed, not held).
	 */
	@Transactional(readOnly = true)
	public void forEach(Caller caller, PersonFilter filter, Consumer<ExportRow> sink) {
		PersonScope scope = scopeOf(caller);
		Map<String, Object> params = new HashMap<>();
		PersonListSql.Where where = PersonListSql.where(scope, filter, params, this.units,
				VietnamTime.today(this.clock));
		this.jdbc
			.sql("select p.*, " + codeOf("work") + ", " + codeOf("party") + ", " + codeOf("union") + ", "
					+ codeOf("youth") + " from person p where " + where.onPerson() + PersonListSql.orderBy(filter))
			.params(params)
			.query((ResultSet rs) -> {
				sink.accept(new ExportRow(draftOf(rs), rs.getString("work_code"), rs.getString("party_code"),
						rs.getString("union_code"), rs.getString("youth_code")));
			});
	}

	private static String codeOf(String kind) {
		return "(select code from unit_ref where id = p." + kind + "_unit_id) as " + kind + "_code";
	}

	@Transactional(readOnly = true)
	public PersonDetails details(Caller caller, long id) {
		PersonScope scope = scopeOf(caller);
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		scope.bind(params);
		long version = this.jdbc.sql("select p.version from person p where p.id = :id and " + scope.condition())
			.params(params)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("person", id));
		PersonDraft d = this.jdbc.sql("select * from person where id = :id")
			.param("id", id)
			.query((rs, n) -> draftOf(rs))
			.single();
		List<PersonDetails.Affiliation> history = this.jdbc.sql("""
				select a.kind, a.unit_id, u.name, a.valid_from, a.valid_to, a.reason
				from person_affiliation a join unit_ref u on u.id = a.unit_id
				where a.person_id = :id order by a.valid_from desc, a.id desc""")
			.param("id", id)
			.query((rs, n) -> new PersonDetails.Affiliation(AffiliationKind.valueOf(rs.getString(1)), rs.getLong(2),
					rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
					rs.getString(6)))
			.list();
		if (!scope.canManage()) {
			d = new PersonDraft(d.fullName(), d.birthDate(), d.sex(),
					new PersonRow(0, null, null, null, d.cccd(), null, null, null, false, false, false).maskedCccd(),
					d.ethnicity(), d.religion(), d.generalEducation(), d.professionalLevel(), d.theoryLevel(),
					d.jobTitle(), d.workUnitId(), d.partyUnitId(), d.unionUnitId(), d.youthUnitId(), d.phone(),
					d.email(), d.address());
		}
		return new PersonDetails(id, version, d, unit(d.workUnitId()), unit(d.partyUnitId()), unit(d.unionUnitId()),
				unit(d.youthUnitId()), history, scope.canManage());
	}

	private UnitRef unit(Long id) {
		return id == null ? null : this.units.find(id).orElse(null);
	}

	static PersonDraft draftOf(ResultSet rs) throws SQLException {
		return new PersonDraft(rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
				Sex.valueOf(rs.getString("sex")), rs.getString("cccd"), rs.getString("ethnicity"),
				enumOf(Religion.class, rs.getString("religion")),
				enumOf(GeneralEducation.class, rs.getString("general_education")),
				enumOf(ProfessionalLevel.class, rs.getString("professional_level")),
				enumOf(TheoryLevel.class, rs.getString("theory_level")), rs.getString("job_title"),
				longOrNull(rs, "work_unit_id"), longOrNull(rs, "party_unit_id"), longOrNull(rs, "union_unit_id"),
				longOrNull(rs, "youth_unit_id"), rs.getString("phone"), rs.getString("email"), rs.getString("address"));
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(value)) {
				return e;
			}
		}
		return null;
	}

	static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

}
