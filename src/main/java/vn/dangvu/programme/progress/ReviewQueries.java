package vn.dangvu.programme.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.ProgrammeReview;
import vn.dangvu.programme.ProgrammeReview.AreaReview;
import vn.dangvu.programme.ProgrammeReview.Figures;
import vn.dangvu.programme.ProgrammeReview.IndicatorReview;
import vn.dangvu.programme.ProgrammeReview.UnitReview;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;

/**
 * A programme reviewed over a period (decision 0274), set-based: one statement for the
 * areas (activities of owner rows in the caller's scope), one for a page of owner units,
 * one for the indicators. An owner row is done on the day of the progress record that
 * made it done and kept it done until the period's end (history up to the end of
 * {@code to}); rows cancelled now are left out, as in the roll-up.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ReviewQueries {

	/** Owner units per page of the review. */
	public static final int UNITS_PER_PAGE = 50;

	private static final DayFormat DAY = new DayFormat();

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final Clock clock;

	/**
	 * The review of a programme over [from, to] (null: the programme's own period's day);
	 * {@code unitPage} null lists every owner unit, else that page of
	 * {@link #UNITS_PER_PAGE}; {@code unitOrder} {@code late} puts the most late first.
	 */
	public ProgrammeReview review(long programmeId, LocalDate from, LocalDate to, Integer unitPage, String unitOrder,
			Caller caller) {
		if (from != null && to != null && from.isAfter(to)) {
			throw RuleViolationException.onField("from", "programme.review.fromAfterTo", DAY.of(from), DAY.of(to));
		}
		if (unitPage != null && unitPage < 0) {
			throw RuleViolationException.onField("unitPage", "programme.board.page");
		}
		Head head = this.access.programme(programmeId, caller);
		LocalDate start = (from != null) ? from : head.startsOn();
		LocalDate end = (to != null) ? to : head.endsOn();
		if (start.isAfter(end)) {
			throw RuleViolationException.onField((from != null) ? "from" : "to", "programme.review.fromAfterTo",
					DAY.of(start), DAY.of(end));
		}
		if (end.isBefore(head.startsOn()) || start.isAfter(head.endsOn())) {
			throw RuleViolationException.onField("from", "programme.review.outside", DAY.of(start), DAY.of(end),
					DAY.of(head.startsOn()), DAY.of(head.endsOn()));
		}
		LocalDate today = VietnamTime.today(this.clock);
		LocalDate lateAsOf = end.isBefore(today) ? end : today.minusDays(1);
		Map<String, Object> params = new HashMap<>();
		String units = unitCondition(head, caller, params);
		params.put("p", programmeId);
		params.put("from", start);
		params.put("to", end);
		params.put("lateAsOf", lateAsOf);
		params.put("toEnd", end.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());

		String title = this.jdbc.sql("select title from programme where id = :p")
			.param("p", programmeId)
			.query(String.class)
			.single();
		List<Object[]> areaRows = this.jdbc.sql(ReviewSql.areas(units))
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getString(3), figures(rs, 5) })
			.list();

		String order = "late".equals(unitOrder) ? "late" : "path";
		List<UnitReview> unitList = new ArrayList<>();
		int[] total = { 0 };
		params.put("size", (unitPage == null) ? Integer.MAX_VALUE : UNITS_PER_PAGE);
		params.put("off", (unitPage == null) ? 0 : (long) unitPage * UNITS_PER_PAGE);
		this.jdbc.sql(ReviewSql.units(units, order.equals("late"))).params(params).query((rs, n) -> {
			total[0] = rs.getInt(8);
			unitList.add(new UnitReview(rs.getLong(1), rs.getString(2), figures(rs, 3)));
			return 0;
		}).list();
		int unitTotal = total[0];
		if (unitList.isEmpty() && unitPage != null && unitPage > 0) {
			unitTotal = this.jdbc.sql(ReviewSql.unitCount(units)).params(params).query(Integer.class).single();
		}
		int pages = (unitPage == null) ? 1 : Math.max(1, (unitTotal + UNITS_PER_PAGE - 1) / UNITS_PER_PAGE);

		List<IndicatorReview> indicators = this.jdbc.sql(ReviewSql.INDICATORS)
			.param("p", programmeId)
			.param("from", start)
			.param("to", end)
			.query((rs, n) -> {
				BigDecimal target = rs.getBigDecimal(6);
				BigDecimal actual = rs.getBigDecimal(8);
				IndicatorKind kind = IndicatorKind.valueOf(rs.getString(5));
				return new IndicatorReview(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), kind, target,
						rs.getString(7), actual, rs.getObject(9, LocalDate.class), achieved(kind, target, actual));
			})
			.list();

		List<AreaReview> areas = new ArrayList<>();
		Figures sum = Figures.NONE;
		for (Object[] a : areaRows) {
			long areaId = (Long) a[0];
			Figures f = (Figures) a[3];
			sum = sum.plus(f);
			List<IndicatorReview> own = indicators.stream().filter((i) -> i.areaId() == areaId).toList();
			areas.add(new AreaReview(areaId, (Integer) a[1], (String) a[2], f, own.size(),
					(int) own.stream().filter(IndicatorReview::achieved).count()));
		}
		return new ProgrammeReview(programmeId, title, head.state(), head.startsOn(), head.endsOn(), start, end,
				lateAsOf, sum, areas, unitList, unitTotal, (unitPage == null) ? 0 : unitPage, pages, order, indicators);
	}

	/**
	 * Whether an actual value reaches the target: every kind counts upwards (a percent or
	 * a count at least the target, an amount at least the target, "done" 1 against 1); no
	 * value is not achieved.
	 */
	static boolean achieved(IndicatorKind kind, BigDecimal target, BigDecimal actual) {
		if (actual == null || target == null) {
			return false;
		}
		if (kind == IndicatorKind.YES_NO) {
			return target.signum() == 0 || actual.signum() > 0;
		}
		return actual.compareTo(target) >= 0;
	}

	private static Figures figures(ResultSet rs, int first) throws SQLException {
		return new Figures(rs.getInt(first), rs.getInt(first + 1), rs.getInt(first + 2), rs.getInt(first + 3),
				rs.getInt(first + 4));
	}

	/**
	 * Owner rows {@code o} of units in the caller's scope (all when the scope covers the
	 * programme's unit).
	 */
	private String unitCondition(Head head, Caller caller, Map<String, Object> params) {
		UnitScope scope = this.access.scope(caller);
		if (scope.covers(head.unit().path())) {
			return ProgressSql.ALL_UNITS;
		}
		params.putAll(scope.params());
		return ProgressSql.UNITS_IN_SCOPE;
	}

	/** Days as messages show them. */
	private static final class DayFormat {

		private final java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter
			.ofPattern("dd/MM/yyyy");

		String of(LocalDate day) {
			return this.format.format(day);
		}

	}

}
