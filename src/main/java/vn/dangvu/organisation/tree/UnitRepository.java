package vn.dangvu.organisation.tree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.dangvu.organisation.UnitKind;
import vn.dangvu.platform.text.VietnameseText;

/** Reads and writes org_unit and org_unit_history rows. */
@Repository
@RequiredArgsConstructor
class UnitRepository {

	static final String COLUMNS = "u.id, u.code, u.kind, u.name, u.short_name, u.parent_id, u.path, u.depth, "
			+ "u.established_on, u.closed_on, u.merged_into_id, u.led_by_id, u.version";

	static final RowMapper<UnitRecord> ROW = UnitRepository::map;

	private final JdbcClient jdbc;

	static UnitRecord map(ResultSet rs, int n) throws SQLException {
		return new UnitRecord(rs.getLong("id"), rs.getString("code"), UnitKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("short_name"), rs.getObject("parent_id", Long.class),
				rs.getString("path"), rs.getInt("depth"), rs.getObject("established_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), rs.getObject("merged_into_id", Long.class),
				rs.getObject("led_by_id", Long.class), rs.getLong("version"));
	}

	static String searchText(String code, String name, String shortName) {
		return VietnameseText.fold(name + " " + (shortName == null ? "" : shortName) + " " + code);
	}

	Optional<UnitRecord> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from org_unit u where u.id = :id")
			.param("id", id)
			.query(ROW)
			.optional();
	}

	/**
	 * Locks the row for the rest of the transaction, so two changes do not interleave.
	 */
	Optional<UnitRecord> lock(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from org_unit u where u.id = :id for update")
			.param("id", id)
			.query(ROW)
			.optional();
	}

	Optional<UnitRecord> findByCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from org_unit u where lower(u.code) = lower(:code)")
			.param("code", code)
			.query(ROW)
			.optional();
	}

	long insert(String code, UnitKind kind, String name, String shortName, Long parentId, Long ledById,
			LocalDate establishedOn) {
		return this.jdbc
			.sql("insert into org_unit (code, kind, name, short_name, parent_id, led_by_id, path, depth, search_text, "
					+ "established_on) values (:code, :kind, :name, :shortName, :parentId, :ledById, '', 0, "
					+ ":searchText, :establishedOn) returning id")
			.param("code", code)
			.param("kind", kind.name())
			.param("name", name)
			.param("shortName", shortName)
			.param("parentId", parentId)
			.param("ledById", ledById)
			.param("searchText", searchText(code, name, shortName))
			.param("establishedOn", establishedOn)
			.query(Long.class)
			.single();
	}

	void rename(UnitRecord unit, String name, String shortName) {
		update(unit.id(), "name = :name, short_name = :shortName, search_text = :searchText").param("name", name)
			.param("shortName", shortName)
			.param("searchText", searchText(unit.code(), name, shortName))
			.update();
	}

	/** The trigger rewrites the paths of the unit and all its descendants. */
	void moveUnder(long id, Long parentId) {
		update(id, "parent_id = :parentId").param("parentId", parentId).update();
	}

	void close(long id, LocalDate closedOn, Long mergedIntoId) {
		update(id, "closed_on = :closedOn, merged_into_id = :mergedIntoId").param("closedOn", closedOn)
			.param("mergedIntoId", mergedIntoId)
			.update();
	}

	/**
	 * An update of the unit's row that also bumps its version; the caller adds the
	 * parameters of the assignments.
	 */
	private JdbcClient.StatementSpec update(long id, String assignments) {
		return this.jdbc.sql("update org_unit set " + assignments + ", version = version + 1 where id = :id")
			.param("id", id);
	}

	List<UnitRecord> openChildren(long id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from org_unit u where u.parent_id = :id and u.closed_on is null order by u.id")
			.param("id", id)
			.query(ROW)
			.list();
	}

	/** The start of the latest recorded period of the unit. */
	LocalDate latestChange(long id) {
		return this.jdbc.sql("select max(valid_from) from org_unit_history where unit_id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
	}

	/** Ends the unit's current period the day the change takes effect. */
	void endCurrentPeriod(long unitId, LocalDate on) {
		this.jdbc.sql("update org_unit_history set valid_to = :on where unit_id = :id and valid_to is null")
			.param("on", on)
			.param("id", unitId)
			.update();
	}

	void addHistory(long unitId, UnitChange change, LocalDate validFrom, LocalDate validTo, String name,
			String shortName, Long parentId, String decisionRef, String note, String recordedBy) {
		this.jdbc
			.sql("insert into org_unit_history (unit_id, change, valid_from, valid_to, name, short_name, parent_id, "
					+ "decision_ref, note, recorded_by) values (:unitId, :change, :validFrom, :validTo, :name, "
					+ ":shortName, :parentId, :decisionRef, :note, :recordedBy)")
			.param("unitId", unitId)
			.param("change", change.name())
			.param("validFrom", validFrom)
			.param("validTo", validTo)
			.param("name", name)
			.param("shortName", shortName)
			.param("parentId", parentId)
			.param("decisionRef", decisionRef)
			.param("note", note)
			.param("recordedBy", recordedBy)
			.update();
	}

}
