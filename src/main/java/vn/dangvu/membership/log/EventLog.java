package vn.dangvu.membership.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.membership.MemberEvent;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * The append-only membership log (V500): appends with an audit record, reads a person's
 * entries.
 */
@Component
@RequiredArgsConstructor
public class EventLog {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	/** A new entry of the log. */
	public record NewEvent(long personId, String membership, String type, LocalDate occurredOn, Long unitId,
			Long otherUnitId, String otherUnitName, String documentNumber, LocalDate documentDate, String reason,
			Map<String, Object> details) {

	}

	/**
	 * Holds the person's membership lock until the transaction ends: one writer of a
	 * person's memberships at a time (decisions 0156, 0209). Taken first, before any row
	 * that references the person, so that a second writer waits, then sees what the first
	 * wrote and is refused, instead of both appending or deadlocking. The lock is a
	 * transaction advisory lock in the membership namespace, not a row of {@code person}:
	 * membership does not lock another module's table.
	 */
	public void lockSubject(long personId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('membership'), cast(mod(:id, 2147483647) as integer))")
			.param("id", personId)
			.query((rs, n) -> 1)
			.list();
	}

	public long append(NewEvent e) {
		String details = JSON.writeValueAsString(e.details() == null ? Map.of() : e.details());
		long id = this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, other_unit_id,
				  other_unit_name, document_number, document_date, reason, details, recorded_by)
				values (:person, :membership, :type, :on, :unit, :other, :otherName, :doc, :docDate, :reason,
				  cast(:details as jsonb), :by) returning id""")
			.param("person", e.personId())
			.param("membership", e.membership())
			.param("type", e.type())
			.param("on", e.occurredOn())
			.param("unit", e.unitId())
			.param("other", e.otherUnitId())
			.param("otherName", e.otherUnitName())
			.param("doc", e.documentNumber())
			.param("docDate", e.documentDate())
			.param("reason", e.reason())
			.param("details", details)
			.param("by", CurrentCaller.actorName())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("personId", e.personId());
		after.put("membership", e.membership());
		after.put("type", e.type());
		after.put("occurredOn", e.occurredOn().toString());
		after.put("unitId", e.unitId());
		after.put("documentNumber", e.documentNumber());
		this.events.publishEvent(RecordChanged.created("MembershipEvent", id, e.unitId(), after));
		return id;
	}

	/**
	 * Cancels an entry by appending a CORRECTED entry that points at it (same person,
	 * membership, date and unit), with the reason.
	 */
	public long correct(long eventId, String reason) {
		Map<String, Object> original = this.jdbc.sql("""
				select person_id, membership, event_type, occurred_on, unit_id from membership_event where id = :id""")
			.param("id", eventId)
			.query((rs, n) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("personId", rs.getLong(1));
				m.put("membership", rs.getString(2));
				m.put("type", rs.getString(3));
				m.put("occurredOn", rs.getObject(4, LocalDate.class));
				m.put("unitId", rs.getObject(5, Long.class));
				return m;
			})
			.single();
		long id = this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, reason, details,
				  corrects_id, recorded_by)
				values (:person, :membership, 'CORRECTED', :on, :unit, :reason, cast(:details as jsonb), :corrects, :by)
				returning id""")
			.param("person", original.get("personId"))
			.param("membership", original.get("membership"))
			.param("on", original.get("occurredOn"))
			.param("unit", original.get("unitId"))
			.param("reason", reason)
			.param("details", JSON.writeValueAsString(Map.of("correctedType", original.get("type"))))
			.param("corrects", eventId)
			.param("by", CurrentCaller.actorName())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("personId", original.get("personId"));
		after.put("membership", original.get("membership"));
		after.put("type", "CORRECTED");
		after.put("correctsId", eventId);
		after.put("correctedType", original.get("type"));
		after.put("reason", reason);
		this.events.publishEvent(RecordChanged.created("MembershipEvent", id, (Long) original.get("unitId"), after));
		return id;
	}

	/** A person's PARTY entries, in order. */
	public List<LogEntry> partyLog(long personId) {
		return this.jdbc.sql("""
				select id, event_type, occurred_on, unit_id, other_unit_id, details::text, corrects_id
				from membership_event where person_id = :p and membership = 'PARTY' order by occurred_on, id""")
			.param("p", personId)
			.query((rs, n) -> new LogEntry(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, Long.class), rs.getObject(5, Long.class), map(rs.getString(6)),
					rs.getObject(7, Long.class)))
			.list();
	}

	/**
	 * The PARTY entries of several people at once, in order, by person (a person without
	 * entries is absent): one statement where a list page would ask once per person.
	 */
	public Map<Long, List<LogEntry>> partyLogs(Collection<Long> personIds) {
		Map<Long, List<LogEntry>> out = new HashMap<>();
		if (personIds.isEmpty()) {
			return out;
		}
		this.jdbc.sql("""
				select person_id, id, event_type, occurred_on, unit_id, other_unit_id, details::text, corrects_id
				from membership_event where person_id = any(:ps) and membership = 'PARTY'
				order by person_id, occurred_on, id""").param("ps", personIds.toArray(Long[]::new)).query((rs) -> {
			out.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new LogEntry(rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
						rs.getObject(5, Long.class), rs.getObject(6, Long.class), map(rs.getString(7)),
						rs.getObject(8, Long.class)));
		});
		return out;
	}

	/** Every entry of a person (all memberships), in order, with unit names. */
	public List<MemberEvent> timeline(long personId) {
		List<MemberEvent> rows = this.jdbc.sql("""
				select e.id, e.membership, e.event_type, e.occurred_on, e.unit_id, u.name, e.other_unit_id,
				  coalesce(o.name, e.other_unit_name), e.document_number, e.document_date, e.reason, e.details::text,
				  e.corrects_id, exists (select 1 from membership_event c where c.corrects_id = e.id), e.recorded_by
				from membership_event e left join unit_ref u on u.id = e.unit_id
				  left join unit_ref o on o.id = e.other_unit_id
				where e.person_id = :p order by e.occurred_on, e.id""")
			.param("p", personId)
			.query(EventLog::event)
			.list();
		return rows;
	}

	private static MemberEvent event(ResultSet rs, int n) throws SQLException {
		return new MemberEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, Long.class), rs.getString(8),
				rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11), map(rs.getString(12)),
				rs.getObject(13, Long.class), rs.getBoolean(14), rs.getString(15));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(json, LinkedHashMap.class);
	}

}
