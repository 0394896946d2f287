package vn.dangvu.audit.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Reads the audit trail within the caller's scope: an administrator sees everything, a
 * committee office the events of units in its subtrees (joined on {@code unit_ref.path},
 * decision 0003), anyone else nothing (answered as not found).
 */
@Service
@RequiredArgsConstructor
public class AuditTrail {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	public static final int MAX_EXPORT_ROWS = 1_000_000;

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final JsonMapper json;

	/** A unit the caller may filter by. */
	public record UnitOption(long id, String name, int depth) {

	}

	/** The scope of the audit viewer for this caller; others are refused as not found. */
	@Transactional(readOnly = true)
	public UnitScope scopeOf(Caller caller) {
		if (caller.isAdmin()) {
			return UnitScope.everything();
		}
		if (caller.canViewAudit()) {
			return this.scopes.of(caller);
		}
		throw new NotFoundException("error.notFound");
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> page(Caller caller, AuditQuery query, int page, int size) {
		Where where = where(scopeOf(caller), query);
		long total = this.jdbc.sql("select count(*) " + where.sql()).params(where.params()).query(Long.class).single();
		List<AuditEntry> rows = this.jdbc.sql(select(where) + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> entry(rs))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** Streams every matching entry, newest first, up to {@link #MAX_EXPORT_ROWS}. */
	@Transactional(readOnly = true)
	public void forEach(Caller caller, AuditQuery query, Consumer<AuditEntry> sink) {
		Where where = where(scopeOf(caller), query);
		this.jdbc.sql(select(where) + " limit " + MAX_EXPORT_ROWS)
			.params(where.params())
			.withFetchSize(1000)
			.query((ResultSet rs) -> sink.accept(entry(rs)));
	}

	@Transactional(readOnly = true)
	public AuditEntry require(Caller caller, long id) {
		Where where = where(scopeOf(caller), AuditQuery.none());
		return this.jdbc.sql(select(where).replace(" order by", " and e.id = :eventId order by"))
			.params(where.params())
			.param("eventId", id)
			.query((rs, n) -> entry(rs))
			.optional()
			.orElseThrow(() -> NotFoundException.of("auditEvent", id));
	}

	@Transactional(readOnly = true)
	public List<String> entityTypes(Caller caller) {
		Where where = where(scopeOf(caller), AuditQuery.none());
		return this.jdbc.sql("select distinct e.entity_type " + where.sql() + " order by 1")
			.params(where.params())
			.query(String.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<UnitOption> units(Caller caller) {
		UnitScope scope = scopeOf(caller);
		Map<String, Object> params = new HashMap<>();
		return this.jdbc
			.sql("select u.id, u.name, u.depth from unit_ref u where " + scopeSql(scope, params)
					+ " order by u.path limit 5000")
			.params(params)
			.query(UnitOption.class)
			.list();
	}

	private record Where(String sql, Map<String, Object> params) {

	}

	private Where where(UnitScope scope, AuditQuery q) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder(
				"from audit_event e left join unit_ref u on u.id = e.unit_id where " + scopeSql(scope, params));
		if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
			throw new AuditQueryException("from", "audit.filter.fromAfterTo");
		}
		if (StringUtils.hasText(q.actor())) {
			sql.append(" and lower(e.actor) like :actor escape '\\'");
			params.put("actor", VietnameseText.likeContains(q.actor().trim().toLowerCase()));
		}
		if (q.unitId() != null) {
			String path = this.jdbc.sql("select path from unit_ref where id = :id")
				.param("id", q.unitId())
				.query(String.class)
				.optional()
				.filter(scope::covers)
				.orElseThrow(() -> new AuditQueryException("unit", "audit.filter.unit.unknown", q.unitId()));
			sql.append(" and u.path like :unitPath");
			params.put("unitPath", path + "%");
		}
		if (StringUtils.hasText(q.entityType())) {
			sql.append(" and e.entity_type = :entityType");
			params.put("entityType", q.entityType().trim());
		}
		if (StringUtils.hasText(q.entityId())) {
			sql.append(" and e.entity_id = :entityId");
			params.put("entityId", q.entityId().trim());
		}
		if (q.from() != null) {
			sql.append(" and e.occurred_at >= :fromTime");
			params.put("fromTime", startOf(q.from()));
		}
		if (q.to() != null) {
			sql.append(" and e.occurred_at < :toTime");
			params.put("toTime", startOf(q.to().plusDays(1)));
		}
		return new Where(sql.toString(), params);
	}

	/** {@code (u.path like :p0 or u.path like :p1 …)}, or {@code true} for everything. */
	private static String scopeSql(UnitScope scope, Map<String, Object> params) {
		if (scope.all()) {
			return "true";
		}
		if (scope.isEmpty()) {
			return "false";
		}
		String[] patterns = scope.patterns();
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < patterns.length; i++) {
			parts.add("u.path like :scope" + i);
			params.put("scope" + i, patterns[i]);
		}
		return "(" + String.join(" or ", parts) + ")";
	}

	private static String select(Where where) {
		return "select e.id, e.occurred_at, e.actor, e.action, e.entity_type, e.entity_id, e.unit_id, "
				+ "u.name as unit_name, e.before_state::text as before_state, e.after_state::text as after_state "
				+ where.sql() + " order by e.occurred_at desc, e.id desc";
	}

	private AuditEntry entry(ResultSet rs) throws SQLException {
		Timestamp at = rs.getTimestamp("occurred_at");
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		return new AuditEntry(rs.getLong("id"), at.toInstant(), rs.getString("actor"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), unitId, rs.getString("unit_name"),
				state(rs.getString("before_state")), state(rs.getString("after_state")));
	}

	private Map<String, Object> state(String text) {
		return (text == null) ? Map.of() : new LinkedHashMap<>(this.json.readValue(text, MAP));
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toOffsetDateTime();
	}

}
