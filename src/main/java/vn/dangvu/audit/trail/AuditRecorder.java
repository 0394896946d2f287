package vn.dangvu.audit.trail;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * Stores every {@link RecordChanged} synchronously, inside the publisher's transaction:
 * the change and its audit row are committed or rolled back together. Rows are only ever
 * inserted; the database refuses updates and deletes.
 */
@Component
@RequiredArgsConstructor
class AuditRecorder {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	@EventListener
	void record(RecordChanged change) {
		this.jdbc
			.sql("insert into audit_event (actor, action, entity_type, entity_id, unit_id, before_state, after_state) "
					+ "values (:actor, :action, :type, :id, :unit, cast(:before as jsonb), cast(:after as jsonb))")
			.param("actor", cut(CurrentCaller.actorName(), 60))
			.param("action", cut(change.action(), 40))
			.param("type", cut(change.entityType(), 60))
			.param("id", cut(change.entityId(), 60))
			.param("unit", change.unitId())
			.param("before", toJson(change.before()))
			.param("after", toJson(change.after()))
			.update();
	}

	private String toJson(Map<String, ?> state) {
		return (state == null || state.isEmpty()) ? null : this.json.writeValueAsString(state);
	}

	private static String cut(String text, int max) {
		if (text == null) {
			return "";
		}
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
