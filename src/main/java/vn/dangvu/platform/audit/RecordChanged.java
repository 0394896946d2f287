package vn.dangvu.platform.audit;

import java.util.Map;

/**
 * Published by every module for every write, inside the writing transaction; the audit
 * module records it in that same transaction, so a change is never saved without its
 * audit row.
 *
 * @param entityType the record's kind, e.g. {@code Unit}, {@code Person}, {@code Account}
 * @param entityId its identifier as text
 * @param action what was done, e.g. {@code CREATE}, {@code UPDATE}, {@code MOVE},
 * {@code MERGE}
 * @param unitId the unit the record belongs to, for scoping the audit viewer (may be
 * null)
 * @param before the state before the change (empty for a creation)
 * @param after the state after the change (empty for a deletion)
 */
public record RecordChanged(String entityType, String entityId, String action, Long unitId, Map<String, ?> before,
		Map<String, ?> after) {

	public static RecordChanged created(String entityType, Object id, Long unitId, Map<String, ?> after) {
		return new RecordChanged(entityType, String.valueOf(id), "CREATE", unitId, Map.of(), after);
	}

	public static RecordChanged updated(String entityType, Object id, String action, Long unitId, Map<String, ?> before,
			Map<String, ?> after) {
		return new RecordChanged(entityType, String.valueOf(id), action, unitId, before, after);
	}

}
