package vn.dangvu.audit.trail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.dangvu.audit.AuditEntry;

/** Lines up the before and after states field by field, marking what changed. */
@Component
@RequiredArgsConstructor
public class AuditDiff {

	private final JsonMapper json;

	/** One field: its value before and after (null when absent). */
	public record Line(String field, String before, String after, boolean changed) {

	}

	public List<Line> of(AuditEntry entry) {
		Set<String> fields = new LinkedHashSet<>(entry.before().keySet());
		fields.addAll(entry.after().keySet());
		List<Line> lines = new ArrayList<>();
		for (String field : fields) {
			String before = text(entry.before(), field);
			String after = text(entry.after(), field);
			lines.add(new Line(field, before, after, !Objects.equals(before, after)));
		}
		return lines;
	}

	public String text(Map<String, Object> state, String field) {
		if (!state.containsKey(field)) {
			return null;
		}
		Object value = state.get(field);
		// an empty value (stored as JSON null, or as the text "null" by older writers)
		// reads
		// as "không có" on the page, never as the English word
		if (value == null || "null".equals(value)) {
			return null;
		}
		return (value instanceof String s) ? s : this.json.writeValueAsString(value);
	}

	/** The whole state as compact JSON, for the export. */
	public String json(Map<String, Object> state) {
		return state.isEmpty() ? "" : this.json.writeValueAsString(state);
	}

}
