package vn.dangvu.programme.sheet;

import java.util.List;

/**
 * The columns of the programme spreadsheet (decision 0271), in the template's order. Each
 * belongs to a sheet ({@code ACTIVITIES} or {@code INDICATORS}), names the part whose
 * write checks it ({@link Part}) and that write's field, so that a refusal of the
 * structure's own checks lands on its column. Export-only columns are read past.
 */
enum SheetColumn {

	AREA(Sheet.ACTIVITIES, Part.AREA, "title", "area", true),

	TASK_CODE(Sheet.ACTIVITIES, Part.TASK, "code", "taskCode", false),

	TASK(Sheet.ACTIVITIES, Part.TASK, "title", "task", true),

	TASK_WEIGHT(Sheet.ACTIVITIES, Part.TASK, "weight", "taskWeight", false),

	ACTIVITY(Sheet.ACTIVITIES, Part.ACTIVITY, "title", "activity", true),

	OWNERS(Sheet.ACTIVITIES, Part.ACTIVITY, "ownerUnitIds", "owners", true),

	LEAD(Sheet.ACTIVITIES, Part.ACTIVITY, "leadPersonId", "lead", false),

	STARTS(Sheet.ACTIVITIES, Part.ACTIVITY, "startsOn", "startsOn", false),

	DUE(Sheet.ACTIVITIES, Part.ACTIVITY, "dueOn", "dueOn", true),

	DELIVERABLE(Sheet.ACTIVITIES, Part.ACTIVITY, "deliverable", "deliverable", false),

	WEIGHT(Sheet.ACTIVITIES, Part.ACTIVITY, "weight", "weight", false),

	STATUS(Sheet.ACTIVITIES, null, null, "status", false),

	PERCENT(Sheet.ACTIVITIES, null, null, "percent", false),

	INDICATOR_TASK_CODE(Sheet.INDICATORS, Part.INDICATOR, "taskId", "taskCode", true),

	INDICATOR(Sheet.INDICATORS, Part.INDICATOR, "name", "name", true),

	INDICATOR_KIND(Sheet.INDICATORS, Part.INDICATOR, "kind", "kind", true),

	TARGET(Sheet.INDICATORS, Part.INDICATOR, "target", "target", true),

	UNIT_LABEL(Sheet.INDICATORS, Part.INDICATOR, "unitLabel", "unitLabel", false);

	/** The two sheets: one row per activity, one row per indicator. */
	enum Sheet {

		ACTIVITIES, INDICATORS;

		List<SheetColumn> columns() {
			return java.util.Arrays.stream(SheetColumn.values()).filter((c) -> c.sheet == this).toList();
		}

		String nameKey() {
			return "programme.sheet.name." + name();
		}

	}

	/** The structure's part whose write checks a column. */
	enum Part {

		AREA, TASK, ACTIVITY, INDICATOR

	}

	final Sheet sheet;

	final Part part;

	final String field;

	/** The column's name in an API error's field ({@code row12.dueOn}). */
	final String key;

	final boolean required;

	SheetColumn(Sheet sheet, Part part, String field, String key, boolean required) {
		this.sheet = sheet;
		this.part = part;
		this.field = field;
		this.key = key;
		this.required = required;
	}

	/**
	 * Columns only an export writes (owners' status and percent); import reads past them.
	 */
	boolean exportOnly() {
		return this.part == null;
	}

	String headerKey() {
		return "programme.sheet.header." + this.sheet.name() + "." + this.key;
	}

	String helpKey() {
		return "programme.sheet.help." + this.sheet.name() + "." + this.key;
	}

	/** The column of a refused write's field, or null when the field has no column. */
	static SheetColumn of(Part part, String field) {
		if (part == Part.TASK && "areaId".equals(field)) {
			return AREA;
		}
		if (part == Part.ACTIVITY && "taskId".equals(field)) {
			return TASK;
		}
		if (part == Part.ACTIVITY && "duePrecision".equals(field)) {
			return DUE;
		}
		for (SheetColumn c : values()) {
			if (c.part == part && c.field.equals(field)) {
				return c;
			}
		}
		return null;
	}

}
