package vn.dangvu.programme.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeInput;

/**
 * Actual values of a key task's indicators by period (decision 0272): one value per
 * indicator and period (recording it again replaces it, the audit keeps the one before),
 * checked against the indicator's kind, written by the programme's writers while it is
 * adopted.
 */
@Service
@RequiredArgsConstructor
public class IndicatorValues {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX = new BigDecimal("9999999999999999");

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final ApplicationEventPublisher events;

	public record ValueInput(ValuePeriod period, Integer year, Integer number, BigDecimal value, String note) {

	}

	public record IndicatorHead(long id, long programmeId, String taskCode, String name, IndicatorKind kind,
			BigDecimal target, String unitLabel) {

	}

	public record Value(ValuePeriod period, int year, int number, LocalDate periodStart, LocalDate periodEnd,
			BigDecimal value, String note, String recordedBy, OffsetDateTime recordedAt) {

		/** When it was recorded, in Vietnam's time (for the pages). */
		public java.time.LocalDateTime recordedLocal() {
			return this.recordedAt.atZoneSameInstant(vn.dangvu.platform.time.VietnamTime.ZONE).toLocalDateTime();
		}

	}

	/** An indicator of a programme the caller sees; 404 otherwise. */
	public IndicatorHead indicator(long programmeId, long indicatorId, Caller caller) {
		this.access.programme(programmeId, caller);
		return this.jdbc.sql("""
				select i.id, t.programme_id, t.code, i.name, i.kind, i.target, i.unit_label
				from programme_indicator i join programme_task t on t.id = i.task_id
				where i.id = :id and t.programme_id = :p""")
			.param("id", indicatorId)
			.param("p", programmeId)
			.query((rs, n) -> new IndicatorHead(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					IndicatorKind.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getString(7)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("indicator", indicatorId));
	}

	/** The values recorded for an indicator, latest period first. */
	@Transactional(readOnly = true)
	public List<Value> values(long programmeId, long indicatorId, Caller caller) {
		indicator(programmeId, indicatorId, caller);
		return this.jdbc.sql("""
				select period_start, period_end, value, note, recorded_by, recorded_at
				from programme_indicator_value where indicator_id = :id order by period_end desc, period_start desc""")
			.param("id", indicatorId)
			.query((rs, n) -> {
				LocalDate s = rs.getObject(1, LocalDate.class);
				LocalDate e = rs.getObject(2, LocalDate.class);
				ValuePeriod p = ValuePeriod.of(s, e);
				return new Value(p, s.getYear(), (p == null) ? 0 : ValuePeriod.number(p, s), s, e, rs.getBigDecimal(3),
						rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class));
			})
			.list();
	}

	/** The latest value of each indicator of a programme, by indicator id. */
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> latest(long programmeId) {
		Map<Long, BigDecimal> latest = new HashMap<>();
		this.jdbc
			.sql("""
					select distinct on (v.indicator_id) v.indicator_id, v.value
					from programme_indicator_value v join programme_indicator i on i.id = v.indicator_id
					join programme_task t on t.id = i.task_id where t.programme_id = :p order by v.indicator_id, v.period_end desc, v.period_start""")
			.param("p", programmeId)
			.query((rs, n) -> latest.put(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		return latest;
	}

	/** Whether the caller may record values in the programme now (a writer, adopted). */
	public boolean mayRecord(long programmeId, Caller caller) {
		Head head = this.access.programme(programmeId, caller);
		return head.state() == ProgrammeState.ADOPTED && this.access.mayWrite(caller, head.unit());
	}

	@Transactional
	public void record(long programmeId, long indicatorId, ValueInput in, Caller caller) {
		this.jdbc.sql("select id from programme where id = :id for share")
			.param("id", programmeId)
			.query()
			.listOfRows();
		Head head = this.access.programme(programmeId, caller);
		IndicatorHead indicator = indicator(programmeId, indicatorId, caller);
		if (!this.access.mayWrite(caller, head.unit())) {
			throw new NotPermittedException("programme.write.notAllowed");
		}
		if (head.state() == ProgrammeState.DRAFT) {
			throw RuleViolationException.onField("state", "programme.progress.draft");
		}
		if (head.state() == ProgrammeState.CLOSED) {
			throw RuleViolationException.onField("state", "programme.closed");
		}
		ValuePeriod period = ProgrammeInput.required("period", in.period());
		int year = ProgrammeInput.required("year", in.year());
		int number = (period == ValuePeriod.YEAR && in.number() == null) ? 1
				: ProgrammeInput.required("number", in.number());
		if (number < 1 || number > period.perYear()) {
			throw RuleViolationException.onField("number", "programme.value.number", period.perYear());
		}
		if (year < ProgrammeInput.FIRST_YEAR || year > 9999) {
			throw RuleViolationException.onField("year", "programme.value.outsidePeriod");
		}
		LocalDate start = period.start(year, number);
		LocalDate end = period.end(year, number);
		if (end.isBefore(head.startsOn()) || start.isAfter(head.endsOn())) {
			throw RuleViolationException.onField("year", "programme.value.outsidePeriod");
		}
		BigDecimal value = ProgrammeInput.required("value", in.value());
		check(indicator.kind(), value);
		String note = ProgrammeInput.text("note", in.note(), 1000, false);
		Map<String, Object> before = this.jdbc.sql("""
				select value, note from programme_indicator_value
				where indicator_id = :id and period_start = :s and period_end = :e for update""")
			.param("id", indicatorId)
			.param("s", start)
			.param("e", end)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.map((r) -> Map.<String, Object>of("value", r.get("value")))
			.orElse(Map.of());
		this.jdbc.sql("""
				insert into programme_indicator_value (indicator_id, period_start, period_end, value, note, recorded_by)
				values (:id, :s, :e, :v, :note, :by)
				on conflict (indicator_id, period_start, period_end)
				do update set value = excluded.value, note = excluded.note, recorded_by = excluded.recorded_by,
				              recorded_at = now()""")
			.param("id", indicatorId)
			.param("s", start)
			.param("e", end)
			.param("v", value)
			.param("note", note)
			.param("by", caller.username())
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("period", period.name() + " " + number + "/" + year);
		after.put("value", value);
		this.events.publishEvent(RecordChanged.updated("ProgrammeIndicatorValue", indicatorId + "/" + start + "/" + end,
				before.isEmpty() ? "CREATE" : "UPDATE", head.unit().id(), before, after));
	}

	/**
	 * A value of the indicator's kind: a percentage 0–100 (two decimals), a count or an
	 * amount in đồng a whole number not negative, yes/no 1 or 0.
	 */
	static void check(IndicatorKind kind, BigDecimal value) {
		boolean whole = value.stripTrailingZeros().scale() <= 0;
		boolean ok = switch (kind) {
			case PERCENT ->
				value.signum() >= 0 && value.compareTo(HUNDRED) <= 0 && value.stripTrailingZeros().scale() <= 2;
			case COUNT, AMOUNT_VND -> value.signum() >= 0 && whole && value.compareTo(MAX) <= 0;
			case YES_NO -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
		};
		if (!ok) {
			throw RuleViolationException.onField("value", "programme.value." + kind.name());
		}
	}

}
