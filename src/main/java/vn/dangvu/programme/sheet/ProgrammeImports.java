package vn.dangvu.programme.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.DateUtil;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.programme.DuePrecision;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeInput;
import vn.dangvu.programme.plan.StructureEdits;
import vn.dangvu.programme.plan.StructureEdits.Stamp;
import vn.dangvu.programme.sheet.SheetColumn.Part;
import vn.dangvu.programme.sheet.SheetColumn.Sheet;
import vn.dangvu.programme.sheet.SheetFile.Line;
import vn.dangvu.programme.sheet.SheetFile.Value;

/**
 * Fills an empty draft programme from the spreadsheet (decision 0271). The programme is
 * locked at the version the caller read, then each row goes through the structure's own
 * writes ({@link StructureEdits}: the same checks as the screen and the API); a refusal
 * is noted at its row and column and the import goes on, so that every wrong row is
 * listed; if any row is wrong the whole transaction is rolled back and nothing stays.
 */
@Service
@RequiredArgsConstructor
public class ProgrammeImports {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(?:quy|q)\\s*([1-4])\\s*/\\s*(\\d{4})");

	private static final Pattern NUMBERED = Pattern.compile("(.*?)\\s*\\(#(\\d{1,18})\\)");

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final StructureEdits edits;

	private final ProgrammeSheets sheets;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	/** What an import wrote, and the programme's version after it. */
	public record Imported(long programmeId, int areas, int tasks, int indicators, int activities, int version) {

	}

	/**
	 * Imports the file into the programme: 404 unseen, 403 not a writer, 409 stale, 422
	 * not an empty draft, a malformed file ({@code file}) or wrong rows
	 * ({@link ProgrammeImportRejected}).
	 */
	@Transactional
	public Imported importInto(long programmeId, Integer version, byte[] file, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, version, caller);
		if (head.state() != ProgrammeState.DRAFT) {
			throw RuleViolationException.onField("programmeId", "programme.import.notDraft");
		}
		int areas = count("select count(*) from programme_area where programme_id = :p", programmeId);
		if (areas > 0) {
			throw RuleViolationException.onField("programmeId", "programme.import.notEmpty", areas);
		}
		SheetFile.Content content = SheetFile.read(file, this.sheets);
		Run run = new Run(head, caller);
		run.activities(content.activities());
		run.indicators(content.indicators());
		if (!run.errors.isEmpty()) {
			throw new ProgrammeImportRejected(run.errors);
		}
		Imported imported = new Imported(programmeId,
				count("select count(*) from programme_area where programme_id = :p", programmeId),
				count("select count(*) from programme_task where programme_id = :p", programmeId), count("""
						select count(*) from programme_indicator i join programme_task t on t.id = i.task_id
						where t.programme_id = :p""", programmeId),
				count("select count(*) from programme_activity where programme_id = :p", programmeId), run.version());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("areas", imported.areas());
		after.put("tasks", imported.tasks());
		after.put("indicators", imported.indicators());
		after.put("activities", imported.activities());
		this.events
			.publishEvent(RecordChanged.updated("Programme", programmeId, "IMPORT", head.unit().id(), Map.of(), after));
		return imported;
	}

	/** A key task as the file names it. */
	private record TaskRef(Long id, int row, String areaKey, String title) {

	}

	/** One import: what the file made so far, and the problems found. */
	private final class Run {

		final Head head;

		final Caller caller;

		final List<SheetError> errors = new ArrayList<>();

		final Map<String, Long> areas = new HashMap<>();

		final Map<String, TaskRef> tasks = new HashMap<>();

		final Map<String, Optional<Long>> units = new HashMap<>();

		final Map<String, Optional<Object>> persons = new HashMap<>();

		Run(Head head, Caller caller) {
			this.head = head;
			this.caller = caller;
		}

		int version() {
			return count("select version from programme where id = :p", this.head.id());
		}

		Stamp stamp() {
			return new Stamp(version(), null, null, null);
		}

		void activities(List<Line> lines) {
			String lastArea = null;
			TaskRef lastTask = null;
			for (Line line : lines) {
				String areaTitle = line.text(SheetColumn.AREA);
				if (areaTitle == null) {
					areaTitle = lastArea;
				}
				String areaKey = (areaTitle == null) ? null : VietnameseText.fold(areaTitle);
				if (areaTitle == null) {
					write(line, Part.AREA, () -> areaId(null));
					continue;
				}
				if (!this.areas.containsKey(areaKey)) {
					String title = areaTitle;
					this.areas.put(areaKey, write(line, Part.AREA, () -> areaId(title)));
				}
				Long areaId = this.areas.get(areaKey);
				if (lastArea == null || !areaKey.equals(VietnameseText.fold(lastArea))) {
					lastTask = null;
				}
				lastArea = areaTitle;
				TaskRef task = task(line, areaId, areaKey, lastTask);
				lastTask = task;
				activity(line, task);
			}
		}

		private long areaId(String title) {
			return ProgrammeImports.this.edits.addArea(this.head.id(), new StructureEdits.AreaInput(title, null),
					stamp(), this.caller);
		}

		private TaskRef task(Line line, Long areaId, String areaKey, TaskRef last) {
			String code = line.text(SheetColumn.TASK_CODE);
			String title = line.text(SheetColumn.TASK);
			if (code == null && title == null) {
				return last;
			}
			String key = (code != null) ? "code:" + code : "title:" + areaKey + "|" + VietnameseText.fold(title);
			TaskRef seen = this.tasks.get(key);
			if (seen != null) {
				boolean other = !seen.areaKey().equals(areaKey)
						|| (title != null && !VietnameseText.fold(title).equals(seen.title()));
				if (other) {
					error(line, (code != null) ? SheetColumn.TASK_CODE : SheetColumn.TASK,
							"programme.import.taskCodeRepeated", code, seen.row());
				}
				return seen;
			}
			BigDecimal weight = number(line, SheetColumn.TASK_WEIGHT);
			Long id = null;
			if (areaId != null && !failed(line, SheetColumn.TASK_WEIGHT)) {
				id = write(line, Part.TASK, () -> ProgrammeImports.this.edits.addTask(this.head.id(),
						new StructureEdits.TaskInput(areaId, code, title, weight, null, null), stamp(), this.caller));
			}
			TaskRef made = new TaskRef(id, line.row(), areaKey, (title == null) ? null : VietnameseText.fold(title));
			this.tasks.put(key, made);
			if (id != null && code == null) {
				String given = ProgrammeImports.this.jdbc.sql("select code from programme_task where id = :id")
					.param("id", id)
					.query(String.class)
					.single();
				this.tasks.putIfAbsent("code:" + given, made);
			}
			return made;
		}

		private void activity(Line line, TaskRef task) {
			boolean any = false;
			for (SheetColumn c : Sheet.ACTIVITIES.columns()) {
				if (c.part == Part.ACTIVITY && line.text(c) != null) {
					any = true;
				}
			}
			if (!any) {
				return;
			}
			if (task == null) {
				error(line, SheetColumn.TASK, "programme.field.required", ProgrammeInput.label("taskId"));
				return;
			}
			int before = this.errors.size();
			List<Long> owners = owners(line);
			Long lead = lead(line);
			LocalDate startsOn = day(line);
			Due due = due(line);
			BigDecimal weight = number(line, SheetColumn.WEIGHT);
			if (task.id() == null || this.errors.size() > before) {
				return;
			}
			write(line, Part.ACTIVITY,
					() -> ProgrammeImports.this.edits.addActivity(this.head.id(),
							new StructureEdits.ActivityInput(task.id(), line.text(SheetColumn.ACTIVITY), lead, startsOn,
									(due == null) ? null : due.day(), (due == null) ? null : due.precision(),
									line.text(SheetColumn.DELIVERABLE), weight, owners, null),
							stamp(), this.caller));
		}

		void indicators(List<Line> lines) {
			Map<String, IndicatorKind> kinds = new HashMap<>();
			List<String> labels = new ArrayList<>();
			for (IndicatorKind k : IndicatorKind.values()) {
				String label = ProgrammeImports.this.sheets.text("programme.indicatorKind." + k.name());
				kinds.put(VietnameseText.fold(label), k);
				kinds.put(VietnameseText.fold(k.name()), k);
				labels.add(label);
			}
			for (Line line : lines) {
				String code = line.text(SheetColumn.INDICATOR_TASK_CODE);
				if (code == null) {
					error(line, SheetColumn.INDICATOR_TASK_CODE, "programme.field.required",
							ProgrammeInput.label("code"));
					continue;
				}
				TaskRef task = this.tasks.get("code:" + code);
				if (task == null) {
					error(line, SheetColumn.INDICATOR_TASK_CODE, "programme.import.taskCodeUnknown", code);
					continue;
				}
				String kindText = line.text(SheetColumn.INDICATOR_KIND);
				IndicatorKind kind = (kindText == null) ? null : kinds.get(VietnameseText.fold(kindText));
				int before = this.errors.size();
				if (kindText != null && kind == null) {
					error(line, SheetColumn.INDICATOR_KIND, "programme.import.kindUnknown", kindText,
							String.join("; ", labels));
				}
				BigDecimal target = number(line, SheetColumn.TARGET);
				if (task.id() == null || this.errors.size() > before) {
					continue;
				}
				write(line, Part.INDICATOR,
						() -> ProgrammeImports.this.edits.addIndicator(this.head.id(),
								new StructureEdits.IndicatorInput(task.id(), line.text(SheetColumn.INDICATOR), kind,
										target, line.text(SheetColumn.UNIT_LABEL)),
								stamp(), this.caller));
			}
		}

		/**
		 * Runs a write of the structure; a refusal is noted at the row and gives null.
		 */
		private Long write(Line line, Part part, Supplier<Long> write) {
			try {
				return write.get();
			}
			catch (DomainException ex) {
				if (!(ex instanceof RuleViolationException)) {
					throw ex;
				}
				SheetColumn column = (ex.field() == null) ? null : SheetColumn.of(part, ex.field());
				note(line, (part == Part.INDICATOR) ? Sheet.INDICATORS : Sheet.ACTIVITIES, column,
						text(ex.messageKey(), ex.args()));
				return null;
			}
		}

		private List<Long> owners(Line line) {
			String given = line.text(SheetColumn.OWNERS);
			List<Long> ids = new ArrayList<>();
			if (given == null) {
				return ids;
			}
			for (String part : given.split("[,;\\n]")) {
				String code = part.strip();
				if (code.isEmpty()) {
					continue;
				}
				Optional<Long> id = this.units.computeIfAbsent(code.toLowerCase(Locale.ROOT),
						(c) -> ProgrammeImports.this.jdbc
							.sql("select id from unit_ref where lower(code) = :c order by id limit 1")
							.param("c", c)
							.query(Long.class)
							.optional());
				if (id.isPresent()) {
					ids.add(id.get());
				}
				else {
					error(line, SheetColumn.OWNERS, "programme.import.unitUnknown", code);
				}
			}
			return ids;
		}

		/**
		 * The person in charge, by full name among the people of the programme's units;
		 * "Name (#id)", as an export writes a name two people share, by the number.
		 */
		private Long lead(Line line) {
			String given = line.text(SheetColumn.LEAD);
			if (given == null) {
				return null;
			}
			Matcher numbered = NUMBERED.matcher(given);
			String name = numbered.matches() ? numbered.group(1) : given;
			Long number = numbered.matches() ? Long.valueOf(numbered.group(2)) : null;
			Optional<Object> found = this.persons.computeIfAbsent(VietnameseText.fold(given), (n) -> {
				List<Long> ids = ProgrammeImports.this.jdbc.sql("""
						select pr.id from person_ref pr
						where (:id::bigint is null and lower(pr.full_name) = lower(:name) or pr.id = :id::bigint)
						  and exists (
						  select 1 from unit_ref u
						  where u.id in (pr.work_unit_id, pr.party_unit_id, pr.union_unit_id, pr.youth_unit_id)
						    and u.path like :path || '%')
						order by pr.id limit 2""")
					.param("name", name)
					.param("id", number)
					.param("path", this.head.unit().path())
					.query(Long.class)
					.list();
				return ids.isEmpty() ? Optional.empty() : Optional.of((ids.size() > 1) ? (Object) "many" : ids.get(0));
			});
			if (found.isEmpty()) {
				error(line, SheetColumn.LEAD, "programme.import.personUnknown", given, this.head.unit().name());
				return null;
			}
			if (!(found.get() instanceof Long id)) {
				error(line, SheetColumn.LEAD, "programme.import.personAmbiguous", name);
				return null;
			}
			return id;
		}

		private LocalDate day(Line line) {
			Value v = line.get(SheetColumn.STARTS);
			if (v.blank()) {
				return null;
			}
			if (v.number() != null && DateUtil.isValidExcelDate(v.number())) {
				return DateUtil.getLocalDateTime(v.number()).toLocalDate();
			}
			try {
				return LocalDate.parse(v.text().strip(), DAY);
			}
			catch (DateTimeParseException ex) {
				error(line, SheetColumn.STARTS, "programme.import.day", v.text().strip());
				return null;
			}
		}

		private record Due(LocalDate day, DuePrecision precision) {

		}

		private Due due(Line line) {
			Value v = line.get(SheetColumn.DUE);
			if (v.blank()) {
				return null;
			}
			if (v.number() != null && DateUtil.isValidExcelDate(v.number())) {
				return new Due(DateUtil.getLocalDateTime(v.number()).toLocalDate(), DuePrecision.DAY);
			}
			String text = v.text().strip();
			try {
				return new Due(LocalDate.parse(text, DAY), DuePrecision.DAY);
			}
			catch (DateTimeParseException ex) {
				// a month or a quarter
			}
			String folded = VietnameseText.fold(text).replaceAll("\\s+", " ");
			Matcher month = MONTH.matcher(folded);
			if (month.matches()) {
				int m = Integer.parseInt(month.group(1));
				if (m >= 1 && m <= 12) {
					return new Due(LocalDate.of(Integer.parseInt(month.group(2)), m, 1), DuePrecision.MONTH);
				}
			}
			Matcher quarter = QUARTER.matcher(folded);
			if (quarter.matches()) {
				int q = Integer.parseInt(quarter.group(1));
				return new Due(LocalDate.of(Integer.parseInt(quarter.group(2)), q * 3 - 2, 1), DuePrecision.QUARTER);
			}
			error(line, SheetColumn.DUE, "programme.import.due", text);
			return null;
		}

		private BigDecimal number(Line line, SheetColumn column) {
			Value v = line.get(column);
			if (v.blank()) {
				return null;
			}
			if (v.number() != null) {
				BigDecimal n = new BigDecimal(Double.toString(v.number())).stripTrailingZeros();
				return (n.scale() < 0) ? n.setScale(0) : n;
			}
			String text = v.text().strip().replace(" ", "").replace("\u00a0", "");
			if (text.endsWith("%")) {
				text = text.substring(0, text.length() - 1);
			}
			String plain = GROUPED.matcher(text).matches() ? text.replace(".", "").replace(',', '.')
					: text.replace(',', '.');
			try {
				return new BigDecimal(plain);
			}
			catch (NumberFormatException ex) {
				error(line, column, "programme.import.number", ProgrammeImports.this.sheets.header(column),
						v.text().strip());
				return null;
			}
		}

		private boolean failed(Line line, SheetColumn column) {
			String field = SheetError.field(column.sheet, line.row(), column);
			return this.errors.stream().anyMatch((e) -> e.field().equals(field));
		}

		private void error(Line line, SheetColumn column, String key, Object... args) {
			note(line, column.sheet, column, text(key, args));
		}

		private void note(Line line, Sheet sheet, SheetColumn column, String message) {
			String where = (column == null)
					? text((sheet == Sheet.INDICATORS) ? "programme.import.indicatorRow" : "programme.import.row",
							line.row())
					: text((sheet == Sheet.INDICATORS) ? "programme.import.indicatorCell" : "programme.import.cell",
							line.row(), ProgrammeImports.this.sheets.header(column));
			this.errors.add(new SheetError(SheetError.field(sheet, line.row(), column), line.row(),
					(column == null) ? null : ProgrammeImports.this.sheets.header(column), message,
					where + ": " + message));
		}

	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private int count(String sql, long programmeId) {
		return this.jdbc.sql(sql).param("p", programmeId).query(Integer.class).single();
	}

}
