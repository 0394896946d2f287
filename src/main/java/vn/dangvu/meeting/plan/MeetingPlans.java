package vn.dangvu.meeting.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Cell;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.meeting.access.MeetingInput;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.RulesApi;

/**
 * The plan of a cell's meetings (decision 0225): one meeting, a year's calendar (a
 * regular meeting every month and a thematic one in the last month of each quarter), a
 * copy of last year's plan, moving and cancelling a planned meeting.
 */
@Service
@RequiredArgsConstructor
public class MeetingPlans {

	/** The default of a generated plan: the 5th (or the next working day) at 14:00. */
	static final int DEFAULT_DAY = 5;

	static final LocalTime DEFAULT_TIME = LocalTime.of(14, 0);

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final DirectiveApi directives;

	private final RulesApi rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** What a new meeting needs. */
	public record NewMeeting(Long unitId, MeetingKind kind, String topic, LocalDate meetsOn, LocalTime startsAt,
			String place, List<Long> documentIds) {

	}

	/** What a year's plan starts from: the day of the month, the time and the place. */
	public record YearPlan(Long unitId, Integer year, Integer dayOfMonth, LocalTime startsAt, String place,
			String thematicTopic) {

	}

	/**
	 * The meetings a plan created, and how many months it left alone (already planned).
	 */
	public record Planned(List<Long> ids, int skipped) {

	}

	@Transactional
	public long create(NewMeeting in, Caller caller) {
		Cell cell = this.access.cellToWrite(MeetingInput.required("unitId", in.unitId()), caller);
		LocalDate day = MeetingInput.day("meetsOn", in.meetsOn(), today());
		PlanPolicy.openOn(cell, day).orThrow("meetsOn");
		String topic = MeetingInput.text("topic", in.topic(), 300, true);
		LocalTime time = MeetingInput.required("startsAt", in.startsAt());
		String place = MeetingInput.text("place", in.place(), 200, false);
		MeetingKind kind = MeetingInput.required("kind", in.kind());
		List<Long> documents = documents(in.documentIds(), caller);
		long id = insert(cell.id(), kind, topic, day, time, place, caller);
		documents.forEach((d) -> this.jdbc.sql("insert into meeting_document (meeting_id, document_id) values (:m, :d)")
			.param("m", id)
			.param("d", d)
			.update());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("unitId", cell.id());
		after.put("kind", kind.name());
		after.put("topic", topic);
		after.put("meetsOn", day.toString());
		after.put("startsAt", time.toString());
		after.put("documents", documents);
		this.events.publishEvent(RecordChanged.created("Meeting", id, cell.id(), after));
		return id;
	}

	/**
	 * A year's plan: a regular meeting in every month that has none, and a thematic one
	 * in the last month of every quarter that has none.
	 */
	@Transactional
	public Planned planYear(YearPlan in, Caller caller) {
		Cell cell = this.access.cellToWrite(MeetingInput.required("unitId", in.unitId()), caller);
		int year = MeetingInput.year("year", MeetingInput.required("year", in.year()), today());
		int dayOfMonth = (in.dayOfMonth() == null) ? DEFAULT_DAY : in.dayOfMonth();
		if (dayOfMonth < 1 || dayOfMonth > 28) {
			throw RuleViolationException.onField("dayOfMonth", "meeting.plan.dayOfMonth.invalid");
		}
		LocalTime time = (in.startsAt() == null) ? DEFAULT_TIME : in.startsAt();
		String place = MeetingInput.text("place", in.place(), 200, false);
		String theme = MeetingInput.text("thematicTopic", in.thematicTopic(), 300, false);
		lockCell(cell.id());
		List<Long> ids = new ArrayList<>();
		int skipped = 0;
		for (int month = 1; month <= 12; month++) {
			YearMonth ym = YearMonth.of(year, month);
			LocalDate day = workingDayFrom(ym.atDay(dayOfMonth));
			skipped += plan(cell, MeetingKind.REGULAR, ym, day, time, place, null, caller, ids);
			if (month % 3 == 0) {
				LocalDate themeDay = workingDayFrom(day.plusDays(7));
				skipped += plan(cell, MeetingKind.THEMATIC, ym, themeDay, time, place, theme, caller, ids);
			}
		}
		return new Planned(ids, skipped);
	}

	/**
	 * Last year's plan copied into {@code year}: each meeting that was not cancelled, on
	 * the same day of the month (the next working day when that one is not), at the same
	 * time and place; months that already have a meeting of that kind are left alone.
	 */
	@Transactional
	public Planned copyYear(long unitId, int year, Caller caller) {
		Cell cell = this.access.cellToWrite(unitId, caller);
		MeetingInput.year("year", year, today());
		lockCell(cell.id());
		record Old(MeetingKind kind, String topic, LocalDate meetsOn, LocalTime startsAt, String place) {
		}
		List<Old> olds = this.jdbc.sql("""
				select kind, topic, meets_on, starts_at, place from meeting
				where unit_id = :u and state <> 'CANCELLED' and meets_on between :from and :to order by meets_on, id""")
			.param("u", cell.id())
			.param("from", LocalDate.of(year - 1, 1, 1))
			.param("to", LocalDate.of(year - 1, 12, 31))
			.query((rs, n) -> new Old(MeetingKind.valueOf(rs.getString(1)), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class), rs.getString(5)))
			.list();
		if (olds.isEmpty()) {
			throw RuleViolationException.onField("year", "meeting.plan.nothingToCopy", year - 1);
		}
		List<Long> ids = new ArrayList<>();
		int skipped = 0;
		for (Old old : olds) {
			YearMonth ym = YearMonth.of(year, old.meetsOn().getMonthValue());
			LocalDate day = workingDayFrom(ym.atDay(Math.min(old.meetsOn().getDayOfMonth(), ym.lengthOfMonth())));
			String topic = (old.kind() == MeetingKind.THEMATIC) ? old.topic() : null;
			skipped += plan(cell, old.kind(), ym, day, old.startsAt(), old.place(), topic, caller, ids);
		}
		return new Planned(ids, skipped);
	}

	/**
	 * Moves a planned meeting to another day, time or place; the version must be current.
	 */
	@Transactional
	public void move(long id, LocalDate meetsOn, LocalTime startsAt, String place, Integer version, Caller caller) {
		Head head = this.access.meetingToWrite(id, caller);
		PlanPolicy.planned(head).orThrow();
		LocalDate day = MeetingInput.day("meetsOn", meetsOn, today());
		PlanPolicy.openOn(head.cell(), day).orThrow("meetsOn");
		LocalTime time = MeetingInput.required("startsAt", startsAt);
		String where = MeetingInput.text("place", place, 200, false);
		int changed = this.jdbc.sql("""
				update meeting set meets_on = :d, starts_at = :t, place = :p, version = version + 1
				where id = :id and version = :v""")
			.param("d", day)
			.param("t", time)
			.param("p", where)
			.param("id", id)
			.param("v", current(version, head))
			.update();
		stale(changed);
		this.events.publishEvent(RecordChanged.updated("Meeting", id, "MOVE", head.cell().id(),
				Map.of("meetsOn", head.meetsOn().toString()),
				Map.of("meetsOn", day.toString(), "startsAt", time.toString(), "place", (where == null) ? "" : where)));
	}

	/** Cancels a planned meeting with a reason. */
	@Transactional
	public void cancel(long id, String reason, Integer version, Caller caller) {
		Head head = this.access.meetingToWrite(id, caller);
		PlanPolicy.planned(head).orThrow();
		String why = MeetingInput.text("reason", reason, 500, true);
		int changed = this.jdbc.sql("""
				update meeting set state = 'CANCELLED', cancel_reason = :r, version = version + 1
				where id = :id and version = :v""")
			.param("r", why)
			.param("id", id)
			.param("v", current(version, head))
			.update();
		stale(changed);
		this.events.publishEvent(RecordChanged.updated("Meeting", id, "CANCEL", head.cell().id(),
				Map.of("state", head.state()), Map.of("state", "CANCELLED", "reason", why)));
	}

	private int plan(Cell cell, MeetingKind kind, YearMonth month, LocalDate day, LocalTime time, String place,
			String topic, Caller caller, List<Long> ids) {
		if (!cell.openOn(day) || hasMeeting(cell.id(), kind, month)) {
			return 1;
		}
		String title = (topic != null) ? topic : defaultTopic(kind, month);
		long id = insert(cell.id(), kind, title, day, time, place, caller);
		ids.add(id);
		this.events.publishEvent(RecordChanged.created("Meeting", id, cell.id(),
				Map.of("unitId", cell.id(), "kind", kind.name(), "topic", title, "meetsOn", day.toString())));
		return 0;
	}

	static String defaultTopic(MeetingKind kind, YearMonth month) {
		return (kind == MeetingKind.REGULAR)
				? "Sinh hoạt chi bộ thường kỳ tháng %02d/%d".formatted(month.getMonthValue(), month.getYear())
				: "Sinh hoạt chuyên đề quý %d/%d".formatted((month.getMonthValue() + 2) / 3, month.getYear());
	}

	private boolean hasMeeting(long unitId, MeetingKind kind, YearMonth month) {
		return this.jdbc.sql("""
				select exists (select 1 from meeting where unit_id = :u and kind = :k and state <> 'CANCELLED'
				  and meets_on between :from and :to)""")
			.param("u", unitId)
			.param("k", kind.name())
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.query(Boolean.class)
			.single();
	}

	private long insert(long unitId, MeetingKind kind, String topic, LocalDate day, LocalTime time, String place,
			Caller caller) {
		return this.jdbc.sql("""
				insert into meeting (unit_id, kind, topic, meets_on, starts_at, place, created_by)
				values (:u, :k, :topic, :d, :t, :p, :by) returning id""")
			.param("u", unitId)
			.param("k", kind.name())
			.param("topic", topic)
			.param("d", day)
			.param("t", time)
			.param("p", place)
			.param("by", caller.username())
			.query(Long.class)
			.single();
	}

	/**
	 * One plan of a cell at a time: two clicks of "plan the year" do not plan it twice.
	 */
	private void lockCell(long unitId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('meeting'), cast(mod(:id, 2147483647) as integer))")
			.param("id", unitId)
			.query((rs, n) -> 1)
			.list();
	}

	private LocalDate workingDayFrom(LocalDate day) {
		LocalDate d = day;
		for (int i = 0; i < 15 && !this.rules.isWorkingDay(d); i++) {
			d = d.plusDays(1);
		}
		return d;
	}

	private List<Long> documents(List<Long> ids, Caller caller) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		if (ids.size() > 20) {
			throw RuleViolationException.onField("documentIds", "meeting.documents.tooMany", 20);
		}
		List<Long> distinct = ids.stream().distinct().toList();
		for (Long d : distinct) {
			try {
				this.directives.get(MeetingInput.required("documentIds", d), caller);
			}
			catch (DomainException ex) {
				throw RuleViolationException.onField("documentIds", "meeting.documents.unknown", d);
			}
		}
		return distinct;
	}

	static int current(Integer version, Head head) {
		return (version == null) ? head.version() : version;
	}

	static void stale(int changed) {
		if (changed == 0) {
			throw new ConflictException("version", "meeting.version.stale");
		}
	}

	private LocalDate today() {
		return VietnamTime.today(this.clock);
	}

}
