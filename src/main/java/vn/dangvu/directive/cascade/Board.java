package vn.dangvu.directive.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.ActionStatus;
import vn.dangvu.directive.TrackingBoard;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/** The tracking board of one directive (decision 0122), derived when read. */
@Service
@RequiredArgsConstructor
public class Board {

	private final JdbcClient jdbc;

	private final DocumentQueries documents;

	private final Visibility visibility;

	private final Clock clock;

	private final CascadeUnits units;

	private final Obligations obligations;

	/**
	 * The board: rows for the assigned units in the caller's scope (optionally under one
	 * unit, optionally only those with an overdue action), a page of them, and the
	 * summary over all of them.
	 */
	@Transactional(readOnly = true)
	public TrackingBoard board(long documentId, Long underUnitId, boolean overdueOnly, int page, int size,
			Caller caller) {
		this.documents.requireVisible(documentId, caller);
		Visibility.View view = this.visibility.of(caller);
		LocalDate today = VietnamTime.today(this.clock);
		int daysBefore = this.obligations.daysBefore(today);
		String under = "%";
		if (underUnitId != null) {
			under = this.units.unit(underUnitId)
				.filter((u) -> view.scope().covers(u.path()))
				.orElseThrow(() -> NotFoundException.of("unit", underUnitId))
				.path() + "%";
		}
		String citation = this.jdbc.sql("select citation from directive_document where id = :id")
			.param("id", documentId)
			.query(String.class)
			.single();
		TrackingBoard.Summary summary = view.bindUnit(this.jdbc.sql(BoardSql.SUMMARY))
			.param("doc", documentId)
			.param("under", under)
			.param("today", today)
			.param("soon", today.plusDays(daysBefore))
			.query((rs, n) -> new TrackingBoard.Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.single();
		long totalRows = overdueOnly ? view.bindUnit(this.jdbc.sql(BoardSql.COUNT_OVERDUE))
			.param("doc", documentId)
			.param("under", under)
			.param("today", today)
			.query(Long.class)
			.single() : summary.units();
		JdbcClient.StatementSpec spec = view.bindUnit(this.jdbc.sql(BoardSql.rows(overdueOnly, size > 0)))
			.param("doc", documentId)
			.param("under", under);
		if (overdueOnly) {
			spec = spec.param("today", today);
		}
		if (size > 0) {
			spec = spec.param("limit", size).param("offset", (long) page * size);
		}
		List<TrackingBoard.Row> rows = spec.query((rs, n) -> {
			Map<ActionKind, TrackingBoard.Cell> cells = new EnumMap<>(ActionKind.class);
			cell(cells, ActionKind.DISSEMINATE, rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
					(Integer) rs.getObject(10), (Integer) rs.getObject(11), null, today, daysBefore);
			cell(cells, ActionKind.PLAN, rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), null,
					null, (Long) rs.getObject(14), today, daysBefore);
			cell(cells, ActionKind.INTERIM_REVIEW, rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class),
					null, null, (Long) rs.getObject(17), today, daysBefore);
			cell(cells, ActionKind.FINAL_REVIEW, rs.getObject(18, LocalDate.class), rs.getObject(19, LocalDate.class),
					null, null, (Long) rs.getObject(20), today, daysBefore);
			return new TrackingBoard.Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getString(6), rs.getObject(7, LocalDate.class), cells);
		}).list();
		return new TrackingBoard(documentId, citation, today, summary, rows, page, size, totalRows);
	}

	private static void cell(Map<ActionKind, TrackingBoard.Cell> cells, ActionKind kind, LocalDate due, LocalDate done,
			Integer present, Integer total, Long report, LocalDate today, int daysBefore) {
		if (due != null) {
			cells.put(kind, new TrackingBoard.Cell(due, done, ActionStatus.of(due, done, today, daysBefore), present,
					total, report, null));
		}
	}

}
