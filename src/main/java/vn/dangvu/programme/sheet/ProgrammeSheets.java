package vn.dangvu.programme.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.programme.DuePrecision;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.ProgrammeStructure;
import vn.dangvu.programme.plan.ProgrammeQueries;
import vn.dangvu.programme.sheet.SheetColumn.Sheet;

/**
 * Writes the programme spreadsheet (decision 0271): the blank template with its guide, a
 * programme's structure with its owners' current status (which imports again into a
 * draft), and any rows given (the 18/235/3 sample). Headers are always Vietnamese, as the
 * published template.
 */
@Component
@RequiredArgsConstructor
public class ProgrammeSheets implements SheetFile.Headers {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private final MessageSource messages;

	private final ProgrammeQueries queries;

	private final JdbcClient jdbc;

	/**
	 * One row of the activity sheet; {@code activity} null for an area or a key task
	 * without activities. {@code status} and {@code percent} are written by an export
	 * only.
	 */
	public record ActivityRow(String area, String taskCode, String task, BigDecimal taskWeight, String activity,
			List<String> ownerCodes, String lead, LocalDate startsOn, LocalDate dueOn, DuePrecision duePrecision,
			String deliverable, BigDecimal weight, String status, Integer percent) {

	}

	/** One row of the indicator sheet. */
	public record IndicatorRow(String taskCode, String name, IndicatorKind kind, BigDecimal target, String unitLabel) {

	}

	@Override
	public String header(SheetColumn column) {
		return text(column.headerKey());
	}

	@Override
	public String sheetName(Sheet sheet) {
		return text(sheet.nameKey());
	}

	/** The blank template: both sheets' headers and a guide explaining each column. */
	public byte[] template() {
		try (SheetWriter w = SheetWriter.open(sheetName(Sheet.ACTIVITIES))) {
			headers(w, Sheet.ACTIVITIES, false);
			w.sheet(sheetName(Sheet.INDICATORS));
			headers(w, Sheet.INDICATORS, false);
			w.sheet(text("programme.sheet.name.GUIDE"));
			w.header(text("programme.sheet.guide.sheet"), text("programme.sheet.guide.column"),
					text("programme.sheet.guide.explanation"));
			for (SheetColumn c : SheetColumn.values()) {
				if (!c.exportOnly()) {
					w.row().text(sheetName(c.sheet)).text(header(c)).text(text(c.helpKey()));
				}
			}
			w.skip();
			for (String key : List.of("programme.sheet.guide.note1", "programme.sheet.guide.note2",
					"programme.sheet.guide.note3", "programme.sheet.guide.note4")) {
				w.row().text(text(key));
			}
			w.widths(14, 24, 110);
			return w.bytes();
		}
	}

	/** A programme's structure and its owners' current status; 404 unseen. */
	public byte[] export(long programmeId, Caller caller) {
		ProgrammeStructure p = this.queries.structure(programmeId, caller);
		record Owner(long activityId, long unitId, String code, String status, int percent) {
		}
		List<Owner> owners = this.jdbc.sql("""
				select o.activity_id, o.unit_id, u.code, o.status, o.percent
				from programme_activity_owner o join unit_ref u on u.id = o.unit_id
				where o.programme_id = :p order by o.activity_id, u.code""")
			.param("p", programmeId)
			.query((rs, n) -> new Owner(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
			.list();
		Map<Long, String> leads = leads(p);
		Map<Long, List<Owner>> byActivity = owners.stream()
			.collect(Collectors.groupingBy(Owner::activityId, LinkedHashMap::new, Collectors.toList()));
		List<ActivityRow> rows = new ArrayList<>();
		List<IndicatorRow> indicators = new ArrayList<>();
		for (ProgrammeStructure.Area area : p.areas()) {
			if (area.tasks().isEmpty()) {
				rows.add(new ActivityRow(area.title(), null, null, null, null, List.of(), null, null, null, null, null,
						null, null, null));
			}
			for (ProgrammeStructure.Task task : area.tasks()) {
				for (ProgrammeStructure.Indicator i : task.indicators()) {
					indicators.add(new IndicatorRow(task.code(), i.name(), i.kind(), i.target(), i.unitLabel()));
				}
				if (task.activities().isEmpty()) {
					rows.add(new ActivityRow(area.title(), task.code(), task.title(), task.weight(), null, List.of(),
							null, null, null, null, null, null, null, null));
				}
				for (ProgrammeStructure.Activity a : task.activities()) {
					List<Owner> own = byActivity.getOrDefault(a.id(), List.of());
					String status = own.stream()
						.map((o) -> o.code() + ": " + text("programme.sheet.status." + o.status()) + " " + o.percent()
								+ "%")
						.collect(Collectors.joining("; "));
					Integer percent = own.isEmpty() ? null
							: (int) Math.round(own.stream().mapToInt(Owner::percent).average().orElse(0));
					rows.add(new ActivityRow(area.title(), task.code(), task.title(), task.weight(), a.title(),
							own.stream().map(Owner::code).toList(),
							(a.leadPersonId() == null) ? null : leads.get(a.leadPersonId()), a.startsOn(), a.dueOn(),
							a.duePrecision(), a.deliverable(), a.weight(), status.isEmpty() ? null : status, percent));
				}
			}
		}
		return write(rows, indicators, true);
	}

	/**
	 * The persons in charge as the sheet names them: the full name, with "(#id)" when
	 * another person of the programme's units bears the same name.
	 */
	private Map<Long, String> leads(ProgrammeStructure p) {
		List<Long> ids = p.allActivities()
			.stream()
			.map(ProgrammeStructure.Activity::leadPersonId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		String path = this.jdbc.sql("select path from unit_ref where id = :u")
			.param("u", p.unitId())
			.query(String.class)
			.single();
		this.jdbc.sql("""
				select pr.id, pr.full_name, (select count(*) from person_ref other
				  where lower(other.full_name) = lower(pr.full_name) and exists (
				    select 1 from unit_ref u
				    where u.id in (other.work_unit_id, other.party_unit_id, other.union_unit_id, other.youth_unit_id)
				      and u.path like :path || '%')) as namesakes
				from person_ref pr where pr.id in (:ids)""")
			.param("path", path)
			.param("ids", ids)
			.query((rs, n) -> names.put(rs.getLong(1),
					(rs.getInt(3) > 1) ? rs.getString(2) + " (#" + rs.getLong(1) + ")" : rs.getString(2)))
			.list();
		return names;
	}

	/**
	 * The two sheets with these rows; {@code withStatus} adds the owners' status columns.
	 */
	public byte[] write(List<ActivityRow> rows, List<IndicatorRow> indicators, boolean withStatus) {
		Map<IndicatorKind, String> kinds = new HashMap<>();
		for (IndicatorKind k : IndicatorKind.values()) {
			kinds.put(k, text("programme.indicatorKind." + k.name()));
		}
		try (SheetWriter w = SheetWriter.open(sheetName(Sheet.ACTIVITIES))) {
			headers(w, Sheet.ACTIVITIES, withStatus);
			for (ActivityRow r : rows) {
				SheetWriter.Line line = w.row()
					.text(r.area())
					.text(r.taskCode())
					.text(r.task())
					.number(r.taskWeight())
					.text(r.activity())
					.text(r.ownerCodes().isEmpty() ? null : String.join(", ", r.ownerCodes()))
					.text(r.lead())
					.text((r.startsOn() == null) ? null : DAY.format(r.startsOn()))
					.text(due(r.dueOn(), r.duePrecision()))
					.text(r.deliverable())
					.number(r.weight());
				if (withStatus) {
					line.text(r.status()).number(r.percent());
				}
			}
			w.sheet(sheetName(Sheet.INDICATORS));
			headers(w, Sheet.INDICATORS, false);
			for (IndicatorRow i : indicators) {
				w.row()
					.text(i.taskCode())
					.text(i.name())
					.text(kinds.get(i.kind()))
					.number(i.target())
					.text(i.unitLabel());
			}
			return w.bytes();
		}
	}

	/** A deadline as the sheet writes it: dd/MM/yyyy, MM/yyyy or "Quý N/yyyy". */
	String due(LocalDate dueOn, DuePrecision precision) {
		if (dueOn == null) {
			return null;
		}
		return switch ((precision == null) ? DuePrecision.DAY : precision) {
			case DAY -> DAY.format(dueOn);
			case MONTH -> MONTH.format(dueOn);
			case QUARTER ->
				text("programme.sheet.quarter", (dueOn.getMonthValue() - 1) / 3 + 1, String.valueOf(dueOn.getYear()));
		};
	}

	private void headers(SheetWriter w, Sheet sheet, boolean withStatus) {
		List<String> labels = new ArrayList<>();
		List<Integer> widths = new ArrayList<>();
		for (SheetColumn c : sheet.columns()) {
			if (!c.exportOnly() || withStatus) {
				labels.add(header(c));
				widths.add(switch (c) {
					case AREA, TASK, ACTIVITY, INDICATOR, STATUS -> 40;
					case DELIVERABLE, OWNERS, LEAD -> 24;
					default -> 14;
				});
			}
		}
		w.header(labels.toArray(String[]::new)).freezeAbove();
		w.widths(widths.stream().mapToInt(Integer::intValue).toArray());
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, SheetFile.VI);
	}

}
