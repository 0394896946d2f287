package vn.dangvu.meeting.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dangvu.meeting.grade.Grading;
import vn.dangvu.meeting.minutes.MeetingMinutes;
import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.MembershipApi;
import vn.dangvu.membership.Standing;
import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.rules.RulesApi;
import vn.dangvu.rules.WorkingDayCalendar;

/**
 * Demo meetings (docs/demo-data.md, "Cell meetings"): for every open cell, the twelve
 * months up to this one and the next: a regular meeting on the 5th (or the next working
 * day) and a thematic one a week later in the last month of each quarter. Past meetings
 * are held, except last month's regular meeting of every third cell (not recorded: the
 * oversight shows it) and a thematic meeting of every fifth cell, cancelled; attendance
 * about 90 % with some excused and a few unexcused absences; in {@code CB-CAUTREO} the
 * fourth member missed the last three held meetings (excused). Meetings older than three
 * weeks are graded with hand scores that spread the grades over all four bands; the most
 * recent ones await their grade. The meetings still ahead have a draft agenda and the
 * documents to read before them. Rows are written in a few batches.
 */
@Component
@Order(700)
@RequiredArgsConstructor
class DemoMeetings implements DemoSeed {

	static final String ABSENT_CELL = "CB-CAUTREO";

	/** The directive every cell studies (directive demo, by citation). */
	static final String STUDIED_DIRECTIVE = "05-CT/TW";

	/** The plan of a grassroots committee implementing it, and that committee. */
	static final String COMMITTEE_PLAN = "448-KH/ĐU";

	static final String PLAN_COMMITTEE = "DB-KVXI";

	/**
	 * The account of CB-CAUTREO's secretary (docs/demo-data.md), who signs its minutes.
	 */
	static final String SECRETARY = "bithu.cautreo";

	private static final LocalTime TWO_PM = LocalTime.of(14, 0);

	private static final Caller COMMITTEE = new Caller(0, DemoContext.RECORDED_BY, "Demo", Set.of(Role.ADMIN), Set.of(),
			null);

	private final JdbcTemplate jdbc;

	private final MembershipApi membership;

	private final RulesApi rules;

	private final Grading grading;

	private final MeetingMinutes minutes;

	/** Thirteen regular and at most five thematic meetings. */
	static final int MEETINGS_A_CELL = 18;

	/** What the seed writes, in batches. */
	private static final class Rows {

		private final List<Long> ids;

		private int next;

		Rows(List<Long> ids) {
			this.ids = ids;
		}

		long nextId() {
			return this.ids.get(this.next++);
		}

		final List<Object[]> meetings = new ArrayList<>();

		final List<Object[]> attendance = new ArrayList<>();

		final List<Object[]> agenda = new ArrayList<>();

		final Map<Long, Map<String, BigDecimal>> grades = new HashMap<>();

	}

	@Override
	public void seed(DemoContext context) {
		context.recordHistory(
				"""
						select %s, 'demo', 'CREATE', 'Meeting', m.id::text, m.unit_id, '{}'::jsonb,
						       jsonb_build_object('kind', m.kind, 'topic', m.topic, 'meetsOn', m.meets_on::text, 'state', m.state)
						from meeting m"""
					.formatted(DemoContext.morningOf("least(m.meets_on, current_date)")));
		LocalDate today = context.today();
		WorkingDayCalendar calendar = this.rules.calendar(today.getYear() - 1, today.getYear() + 1);
		List<Long> cells = this.jdbc.queryForList(
				"select id from unit_ref where kind = 'CELL' and closed_on is null order by path", Long.class);
		Map<Long, List<MemberStatus>> membersByCell = members(cells, today);
		Long absentCell = context.ids("unit").get(ABSENT_CELL);
		Rows rows = new Rows(this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('meeting', 'id')) from generate_series(1, ?)", Long.class,
				cells.size() * MEETINGS_A_CELL));
		int index = 0;
		for (long cell : cells) {
			index++;
			List<MemberStatus> members = membersByCell.getOrDefault(cell, List.of());
			boolean absentees = absentCell != null && absentCell == cell && members.size() > 4;
			new CellYear(cell, index, members, absentees ? members.get(3).personId() : null,
					absentees ? strikingOff(members, today) : null, today, calendar, rows)
				.load();
		}
		insert(rows);
		this.grading.gradeAll(rows.grades, COMMITTEE);
		toReadBeforeTheNextMeetings(context, today);
		if (absentCell != null) {
			signMinutes(absentCell);
		}
	}

	/**
	 * In {@code CB-CAUTREO} the secretary signed the minutes of the graded meetings (all
	 * but the two last held, which stay open to record), each the evening it was held
	 * (decision 0226).
	 */
	private void signMinutes(long cell) {
		Caller secretary = new Caller(0, SECRETARY, "Phan Đình Thắng", Set.of(Role.ADMIN), Set.of(), null);
		List<Long> graded = this.jdbc.queryForList("""
				select m.id from meeting m join meeting_grade g on g.meeting_id = m.id
				where m.unit_id = ? and m.state = 'HELD' and m.id not in
				  (select id from meeting where unit_id = ? and state = 'HELD' order by meets_on desc limit 2)
				order by m.meets_on""", Long.class, cell, cell);
		for (Long id : graded) {
			this.minutes.sign(id, null, secretary);
		}
		this.jdbc.update("""
				update meeting_minutes_version v
				set signed_at = (m.meets_on + time '17:30') at time zone 'Asia/Ho_Chi_Minh'
				from meeting m where m.id = v.meeting_id and m.unit_id = ?""", cell);
	}

	/**
	 * The meetings still ahead get their draft agenda and the documents to read before
	 * them (decision 0228): Chỉ thị 05-CT/TW, which every cell has to study, and in the
	 * cells of Đảng ủy khu vực XI its plan 448-KH/ĐU, which the members see through the
	 * meeting alone.
	 */
	private void toReadBeforeTheNextMeetings(DemoContext context, LocalDate today) {
		Date from = Date.valueOf(today);
		this.jdbc.update("""
				insert into meeting_agenda_item (meeting_id, position, title, notes, criticism)
				select m.id, a.position, a.title, null, a.criticism from meeting m
				cross join (values (1, ?, false), (2, ?, false), (3, ?, false), (4, ?, true))
				  as a (position, title, criticism)
				where m.state = 'PLANNED' and m.meets_on >= ?""", "Đánh giá kết quả thực hiện nhiệm vụ tháng",
				"Quán triệt Chỉ thị số 05-CT/TW và kế hoạch thực hiện của cấp ủy cấp trên",
				"Phương hướng, nhiệm vụ tháng tới", "Tự phê bình và phê bình", from);
		Map<String, Long> documents = context.ids("document");
		Long directive = documents.get(STUDIED_DIRECTIVE);
		if (directive != null) {
			this.jdbc.update("""
					insert into meeting_document (meeting_id, document_id)
					select id, ? from meeting where state = 'PLANNED' and meets_on >= ?""", directive, from);
		}
		Long plan = documents.get(COMMITTEE_PLAN);
		Long committee = context.ids("unit").get(PLAN_COMMITTEE);
		if (plan != null && committee != null) {
			this.jdbc.update("""
					insert into meeting_document (meeting_id, document_id)
					select m.id, ? from meeting m join unit_ref u on u.id = m.unit_id
					where m.state = 'PLANNED' and m.meets_on >= ?
					  and u.path like (select path from unit_ref where id = ?) || '%'""", plan, from, committee);
		}
	}

	/**
	 * The member of {@code CB-CAUTREO} who misses meetings without a reason: the first
	 * full member from the eleventh on (by id) who has been in the cell all year and is
	 * not moving (the first ten have other stories), else the last such member from the
	 * fifth on.
	 */
	private static Long strikingOff(List<MemberStatus> members, LocalDate today) {
		LocalDate since = today.minusMonths(13);
		List<MemberStatus> steady = new ArrayList<>();
		for (int i = 4; i < members.size(); i++) {
			MemberStatus m = members.get(i);
			if (m.isFull() && !m.inTransit() && (m.inCellSince() == null || m.inCellSince().isBefore(since))) {
				steady.add(m);
			}
		}
		return steady.stream()
			.filter((m) -> members.indexOf(m) >= 10)
			.findFirst()
			.or(() -> steady.isEmpty() ? Optional.empty() : Optional.of(steady.get(steady.size() - 1)))
			.map(MemberStatus::personId)
			.orElse(null);
	}

	/**
	 * Today's members of each cell, in the order of their ids, from one reading of the
	 * log.
	 */
	private Map<Long, List<MemberStatus>> members(List<Long> cells, LocalDate today) {
		List<Long> people = this.jdbc.queryForList("""
				select p.id from person_ref p join unit_ref u on u.id = p.party_unit_id
				where u.kind = 'CELL' order by p.id""", Long.class);
		Map<Long, List<MemberStatus>> byCell = new HashMap<>();
		Map<Long, MemberStatus> statuses = this.membership.statusesOn(people, today);
		for (Long person : people) {
			MemberStatus status = statuses.get(person);
			if (status != null && status.isMember() && status.cellId() != null && cells.contains(status.cellId())) {
				byCell.computeIfAbsent(status.cellId(), (c) -> new ArrayList<>()).add(status);
			}
		}
		return byCell;
	}

	/** Every row in one statement per table (arrays unnested by the server). */
	private void insert(Rows rows) {
		this.jdbc.batchUpdate(
				"""
						insert into meeting (id, unit_id, kind, topic, meets_on, starts_at, place, state, cancel_reason, held_from,
						  held_to, chair_id, secretary_id, resolution, votes_for, votes_against, votes_abstain, recorded_at,
						  recorded_by, created_by)
						values (?, ?, ?, ?, ?, ?, 'Phòng họp của đơn vị', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')""",
				rows.meetings);
		this.jdbc.update("""
				insert into meeting_attendance (meeting_id, person_id, probationary, presence, reason, spoke)
				select * from unnest(?::bigint[], ?::bigint[], ?::boolean[], ?::text[], ?::text[], ?::boolean[])""",
				column(rows.attendance, 0), column(rows.attendance, 1), column(rows.attendance, 2),
				column(rows.attendance, 3), column(rows.attendance, 4), column(rows.attendance, 5));
		this.jdbc.update("""
				insert into meeting_agenda_item (meeting_id, position, title, notes, criticism)
				select * from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::boolean[])""",
				column(rows.agenda, 0), column(rows.agenda, 1), column(rows.agenda, 2), column(rows.agenda, 3),
				column(rows.agenda, 4));
	}

	private Object column(List<Object[]> rows, int i) {
		Object[] values = rows.stream().map((r) -> r[i]).toArray();
		return this.jdbc
			.execute((java.sql.Connection c) -> c.createArrayOf((values.length > 0 && values[0] instanceof Boolean)
					? "boolean" : (values.length > 0 && (values[0] instanceof Long || values[0] instanceof Integer))
							? "bigint" : "text",
					values));
	}

	/** One cell's thirteen months. */
	private final class CellYear {

		private final long cell;

		private final int index;

		private final List<MemberStatus> members;

		private final Long longAbsent;

		private final Long strikingOff;

		/**
		 * The regular meetings {@code strikingOff} misses without a reason: the last
		 * three held in the latest calendar year that has three (so the year page of this
		 * year, or early in a year of the last, shows the striking-off flag).
		 */
		private final Set<LocalDate> unexcusedDays = new HashSet<>();

		private final LocalDate today;

		private final WorkingDayCalendar calendar;

		private final Rows rows;

		/**
		 * The attendance rows of the long-absent member, by meeting, in the order held.
		 */
		private final List<Object[]> absentRows = new ArrayList<>();

		CellYear(long cell, int index, List<MemberStatus> members, Long longAbsent, Long strikingOff, LocalDate today,
				WorkingDayCalendar calendar, Rows rows) {
			this.cell = cell;
			this.index = index;
			this.members = members;
			this.longAbsent = longAbsent;
			this.strikingOff = strikingOff;
			this.today = today;
			this.calendar = calendar;
			this.rows = rows;
		}

		void load() {
			YearMonth now = YearMonth.from(this.today);
			if (this.strikingOff != null) {
				Map<Integer, List<LocalDate>> heldByYear = new TreeMap<>();
				for (int back = 11; back >= 0; back--) {
					LocalDate day = workingDay(now.minusMonths(back).atDay(5));
					if (!day.isAfter(this.today) && !(back == 1 && this.index % 3 == 1)) {
						heldByYear.computeIfAbsent(day.getYear(), (y) -> new ArrayList<>()).add(day);
					}
				}
				heldByYear.values()
					.stream()
					.filter((days) -> days.size() >= 3)
					.reduce((a, b) -> b)
					.ifPresent((days) -> this.unexcusedDays.addAll(days.subList(days.size() - 3, days.size())));
			}
			for (int back = 11; back >= -1; back--) {
				YearMonth month = now.minusMonths(back);
				LocalDate day = workingDay(month.atDay(5));
				meeting("REGULAR",
						"Sinh hoạt chi bộ thường kỳ tháng %02d/%d".formatted(month.getMonthValue(), month.getYear()),
						day, back == 1 && this.index % 3 == 1, false);
				if (month.getMonthValue() % 3 == 0) {
					meeting("THEMATIC",
							(month.getMonthValue() % 6 == 0)
									? "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
									: "Nâng cao chất lượng sinh hoạt chi bộ, tự phê bình và phê bình",
							workingDay(day.plusDays(7)), false, back == 3 && this.index % 5 == 2);
				}
			}
			// the long-absent member: absent (excused) from the last three held meetings,
			// present at the one before
			int n = this.absentRows.size();
			for (int i = Math.max(0, n - 4); i < n; i++) {
				Object[] row = this.absentRows.get(i);
				boolean absent = i >= n - 3;
				row[3] = absent ? "EXCUSED" : "PRESENT";
				row[4] = absent ? "Đi công tác dài ngày" : null;
				row[5] = false;
			}
		}

		private void meeting(String kind, String topic, LocalDate day, boolean missed, boolean cancelled) {
			long id = this.rows.nextId();
			boolean held = !cancelled && !missed && !day.isAfter(this.today) && this.members.size() >= 2;
			String state = cancelled ? "CANCELLED" : held ? "HELD" : "PLANNED";
			int v = (int) Math.floorMod(this.index * 7L + day.getMonthValue() + (kind.equals("THEMATIC") ? 3 : 0), 10);
			int minutes = (v < 6) ? 120 : (v < 8) ? 95 : (v == 8) ? 75 : 60;
			int voters = held ? attendance(id, day, v) : 0;
			this.rows.meetings.add(new Object[] { id, this.cell, kind, topic, Date.valueOf(day), Time.valueOf(TWO_PM),
					state, cancelled ? "Trùng lịch hội nghị của Đảng ủy cấp trên" : null,
					held ? Time.valueOf(TWO_PM) : null, held ? Time.valueOf(TWO_PM.plusMinutes(minutes)) : null,
					held ? this.members.get(0).personId() : null, held ? this.members.get(1).personId() : null,
					(held && v != 9)
							? "Chi bộ thống nhất các nhiệm vụ trọng tâm của tháng tới và giao cho từng đảng viên."
							: null,
					held ? Math.max(0, voters - ((v >= 8) ? 1 : 0)) : null, held ? 0 : null,
					held ? ((v >= 8) ? 1 : 0) : null, held ? Timestamp.valueOf(day.atTime(17, 0)) : null,
					held ? "demo" : null });
			if (!held) {
				return;
			}
			agenda(id, v);
			if (day.isBefore(this.today.minusDays(21))) {
				int[] s = (v < 6) ? new int[] { 10, 5, 10, 10 } : (v < 8) ? new int[] { 8, 4, 8, 7 }
						: (v == 8) ? new int[] { 5, 3, 5, 4 } : new int[] { 2, 1, 2, 2 };
				this.rows.grades.put(id,
						Map.of("PREPARATION", BigDecimal.valueOf(s[0]), "DRAFT_RESOLUTION", BigDecimal.valueOf(s[1]),
								"ORDER", BigDecimal.valueOf(s[2]), "CRITICISM", BigDecimal.valueOf(s[3])));
			}
		}

		/** The attendance rows of a held meeting; the full members present (who vote). */
		private int attendance(long id, LocalDate day, int v) {
			int n = 0;
			int voters = 0;
			for (MemberStatus m : this.members) {
				if (m.inCellSince() != null && m.inCellSince().isAfter(day)) {
					continue;
				}
				n++;
				long h = Math.floorMod(m.personId() * 31 + day.getDayOfYear() * 17L + this.index, 97);
				String presence = "PRESENT";
				String reason = null;
				if (h < 6 || (v >= 8 && h < 10)) {
					presence = "EXCUSED";
					reason = "Ốm, có giấy của cơ sở y tế";
				}
				else if (h == 6 || (v == 9 && h < 13)) {
					presence = "UNEXCUSED";
				}
				if (Long.valueOf(m.personId()).equals(this.strikingOff)) {
					boolean missed = this.unexcusedDays.contains(day);
					presence = missed ? "UNEXCUSED" : "PRESENT";
					reason = null;
				}
				boolean probationary = m.standing() == Standing.PROBATIONARY;
				boolean spoke = "PRESENT".equals(presence) && (n <= 2 || n % ((v < 6) ? 2 : 3) == 0);
				Object[] row = { id, m.personId(), probationary, presence, reason, spoke };
				this.rows.attendance.add(row);
				if (Long.valueOf(m.personId()).equals(this.longAbsent)) {
					this.absentRows.add(row);
				}
				if ("PRESENT".equals(presence) && !probationary) {
					voters++;
				}
			}
			return voters;
		}

		private void agenda(long id, int v) {
			this.rows.agenda.add(new Object[] { id, 1, "Đánh giá kết quả thực hiện nhiệm vụ tháng",
					(v == 8) ? null : "Bí thư báo cáo; các đồng chí đảng viên phát biểu ý kiến.", false });
			this.rows.agenda.add(new Object[] { id, 2, "Phương hướng, nhiệm vụ tháng tới",
					"Chi ủy đề xuất, đảng viên thảo luận, thống nhất.", false });
			this.rows.agenda.add(new Object[] { id, 3, "Tự phê bình và phê bình",
					"Đảng viên tự nhận xét; chi bộ biểu dương và nhắc nhở.", true });
		}

		private LocalDate workingDay(LocalDate day) {
			LocalDate d = day;
			for (int i = 0; i < 15 && this.calendar.covers(d) && !this.calendar.isWorkingDay(d); i++) {
				d = d.plusDays(1);
			}
			return d;
		}

	}

}
