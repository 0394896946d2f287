package vn.dangvu.meeting.grade;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.meeting.MeetingGrade;
import vn.dangvu.meeting.ScoreCard;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.meeting.access.MeetingInput;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

/**
 * The quality grade of a held meeting (decision 0225): the automatic criteria from the
 * record, the hand scores of the committee above, the band on the sheet in force that
 * day, and an override of the band by the committee above with a reason.
 */
@Service
@RequiredArgsConstructor
public class Grading {

	private static final TypeReference<Map<String, BigDecimal>> SCORES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final ScoreSheets sheets;

	private final FactsReader facts;

	private final JsonMapper json;

	private final org.springframework.jdbc.core.JdbcTemplate batch;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private record Stored(long sheetId, Map<String, BigDecimal> manual, MeetingGrade override, String reason) {

	}

	/**
	 * The card of a held meeting (hand scores as given so far); empty before it is held.
	 */
	@Transactional(readOnly = true)
	public Optional<ScoreCard> card(long meetingId, Caller caller) {
		return card(this.access.meeting(meetingId, caller));
	}

	/** The card of a meeting already checked. */
	@Transactional(readOnly = true)
	public Optional<ScoreCard> card(Head head) {
		if (!"HELD".equals(head.state())) {
			return Optional.empty();
		}
		Optional<Stored> stored = stored(head.id());
		ScoreSheet sheet = stored.map((s) -> this.sheets.byId(s.sheetId()))
			.orElseGet(() -> this.sheets.inForce(head.cell(), head.meetsOn()));
		Map<String, BigDecimal> manual = stored.map(Stored::manual).orElse(Map.of());
		List<ScoreCard.Line> lines = Scoring.lines(sheet, this.facts.facts(head), manual);
		return Optional.of(card(head, sheet, lines, stored.orElse(null)));
	}

	private static ScoreCard card(Head head, ScoreSheet sheet, List<ScoreCard.Line> lines, Stored stored) {
		return new ScoreCard(head.id(), sheet.id(), sheet.name(), sheet.source(), lines, Scoring.total(lines),
				sheet.maximum(), Scoring.grade(sheet, lines), (stored == null) ? null : stored.override(),
				(stored == null) ? null : stored.reason(), sheet.goodMin(), sheet.fairMin(), sheet.averageMin());
	}

	/**
	 * The committee's hand scores: every hand criterion of the sheet, each from 0 to its
	 * points; the grade follows. Grading again replaces the scores (an override stays).
	 */
	@Transactional
	public ScoreCard grade(long meetingId, Map<String, BigDecimal> scores, Caller caller) {
		Head head = this.access.meetingToGrade(meetingId, caller);
		if (!"HELD".equals(head.state())) {
			throw RuleViolationException.onField("state", "meeting.grade.notHeld");
		}
		lock(meetingId);
		Optional<Stored> stored = stored(meetingId);
		ScoreSheet sheet = stored.map((s) -> this.sheets.byId(s.sheetId()))
			.orElseGet(() -> this.sheets.inForce(head.cell(), head.meetsOn()));
		Map<String, BigDecimal> manual = handScores(sheet, (scores == null) ? Map.of() : scores);
		List<ScoreCard.Line> lines = Scoring.lines(sheet, this.facts.facts(head), manual);
		MeetingGrade grade = Scoring.grade(sheet, lines);
		this.jdbc.sql("""
				insert into meeting_grade (meeting_id, sheet_id, manual_scores, total, grade, graded_at, graded_by)
				values (:m, :s, cast(:scores as jsonb), :total, :grade, :at, :by)
				on conflict (meeting_id) do update set manual_scores = excluded.manual_scores, total = excluded.total,
				  grade = excluded.grade, graded_at = excluded.graded_at, graded_by = excluded.graded_by""")
			.param("m", meetingId)
			.param("s", sheet.id())
			.param("scores", this.json.writeValueAsString(manual))
			.param("total", Scoring.total(lines))
			.param("grade", grade.name())
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("by", caller.username())
			.update();
		Map<String, Object> after = new LinkedHashMap<>(manual);
		after.put("total", Scoring.total(lines));
		after.put("grade", grade.name());
		this.events.publishEvent(RecordChanged.updated("MeetingGrade", meetingId, "GRADE", head.cell().id(),
				stored.map((s) -> Map.<String, Object>copyOf(s.manual())).orElse(Map.of()), after));
		return card(head, sheet, lines, stored.orElse(null));
	}

	/**
	 * Grades many held meetings at once, each with its hand scores (a year's records
	 * loaded in bulk, the demo): administrators only; one statement per step, whatever
	 * the number of meetings.
	 * @return how many were graded
	 */
	@Transactional
	public int gradeAll(Map<Long, Map<String, BigDecimal>> scoresByMeeting, Caller caller) {
		if (!caller.isAdmin()) {
			throw new NotPermittedException("meeting.grade.committeeOnly");
		}
		Map<Long, MeetingFacts> facts = this.facts.facts(scoresByMeeting.keySet());
		Map<Long, ScoreSheet> sheets = new HashMap<>();
		List<Object[]> rows = new java.util.ArrayList<>();
		Map<String, Object> graded = new LinkedHashMap<>();
		java.sql.Timestamp at = java.sql.Timestamp.from(this.clock.instant());
		this.sheets.sheetIdsOf(scoresByMeeting.keySet()).forEach((meetingId, sheetId) -> {
			ScoreSheet sheet = sheets.computeIfAbsent(sheetId, this.sheets::byId);
			Map<String, BigDecimal> manual = handScores(sheet, scoresByMeeting.get(meetingId));
			List<ScoreCard.Line> lines = Scoring.lines(sheet, facts.get(meetingId), manual);
			MeetingGrade grade = Scoring.grade(sheet, lines);
			rows.add(new Object[] { meetingId, sheetId, this.json.writeValueAsString(manual), Scoring.total(lines),
					grade.name(), at, caller.username() });
			graded.put(String.valueOf(meetingId), grade.name());
		});
		// one audit row for the whole batch: every meeting with its grade
		this.events.publishEvent(
				RecordChanged.updated("MeetingGrade", "batch-" + at.getTime(), "GRADE_ALL", null, Map.of(), graded));
		this.batch.batchUpdate("""
				insert into meeting_grade (meeting_id, sheet_id, manual_scores, total, grade, graded_at, graded_by)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?)
				on conflict (meeting_id) do update set manual_scores = excluded.manual_scores, total = excluded.total,
				  grade = excluded.grade, graded_at = excluded.graded_at, graded_by = excluded.graded_by""", rows);
		return rows.size();
	}

	/**
	 * The committee above overrides the band with a reason; null grade removes the
	 * override.
	 */
	@Transactional
	public ScoreCard override(long meetingId, MeetingGrade grade, String reason, Caller caller) {
		Head head = this.access.meetingToGrade(meetingId, caller);
		lock(meetingId);
		Stored stored = stored(meetingId)
			.orElseThrow(() -> RuleViolationException.onField("grade", "meeting.grade.notGraded"));
		String why = (grade == null) ? null : MeetingInput.text("reason", reason, 500, true);
		this.jdbc.sql("""
				update meeting_grade set override_grade = :g, override_reason = :r, overridden_by = :by
				where meeting_id = :m""")
			.param("g", (grade == null) ? null : grade.name())
			.param("r", why)
			.param("by", (grade == null) ? null : caller.username())
			.param("m", meetingId)
			.update();
		Map<String, Object> before = new HashMap<>();
		before.put("override", (stored.override() == null) ? "" : stored.override().name());
		this.events.publishEvent(RecordChanged.updated("MeetingGrade", meetingId, "OVERRIDE", head.cell().id(), before,
				Map.of("override", (grade == null) ? "" : grade.name(), "reason", (why == null) ? "" : why)));
		return card(head).orElseThrow();
	}

	private static Map<String, BigDecimal> handScores(ScoreSheet sheet, Map<String, BigDecimal> scores) {
		Map<String, BigDecimal> result = new LinkedHashMap<>();
		for (String code : scores.keySet()) {
			boolean known = sheet.criteria().stream().anyMatch((c) -> !c.automatic() && c.code().equals(code));
			if (!known) {
				throw RuleViolationException.onField("scores." + code, "meeting.grade.unknownCriterion", code);
			}
		}
		for (ScoreSheet.Criterion c : sheet.criteria()) {
			if (c.automatic()) {
				continue;
			}
			BigDecimal p = scores.get(c.code());
			String field = "scores." + c.code();
			if (p == null) {
				throw RuleViolationException.onField(field, "meeting.grade.scoreRequired", c.labelVi());
			}
			if (p.signum() < 0 || p.compareTo(c.points()) > 0 || p.scale() > 1) {
				throw RuleViolationException.onField(field, "meeting.grade.scoreRange", c.labelVi(),
						c.points().stripTrailingZeros().toPlainString());
			}
			result.put(c.code(), p);
		}
		return result;
	}

	private Optional<Stored> stored(long meetingId) {
		return this.jdbc
			.sql("""
					select sheet_id, manual_scores::text, override_grade, override_reason from meeting_grade where meeting_id = :m""")
			.param("m", meetingId)
			.query((rs, n) -> new Stored(rs.getLong(1), this.json.readValue(rs.getString(2), SCORES),
					(rs.getString(3) == null) ? null : MeetingGrade.valueOf(rs.getString(3)), rs.getString(4)))
			.optional();
	}

	private void lock(long meetingId) {
		this.jdbc.sql("select id from meeting where id = :id for update")
			.param("id", meetingId)
			.query(Long.class)
			.single();
	}

}
