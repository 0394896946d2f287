package vn.dangvu.programme.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.OwnActivities;

/**
 * A person's own open activities (decision 0273), one statement on the owner index
 * {@code (unit_id, status, activity_id)} and the lead-person index: the units the caller
 * holds (their own units, not the subtree: each unit answers for its own) and the
 * activities the caller's person leads.
 */
@Component
@RequiredArgsConstructor
public class OwnActivityQueries {

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	public OwnActivities of(Caller caller, LocalDate today, int limit) {
		Long[] units = caller.scopeUnitIds().toArray(Long[]::new);
		if (units.length == 0 && caller.personId() == null) {
			return new OwnActivities(List.of(), 0);
		}
		long[] total = { 0 };
		List<OwnActivities.Item> items = new ArrayList<>(this.jdbc.sql(OwnActivitySql.OPEN_ACTIVITIES)
			.param("units", units)
			.param("person", (caller.personId() == null) ? -1L : caller.personId())
			.param("n", limit)
			.query((rs, n) -> {
				total[0] = rs.getLong(7);
				LocalDate due = rs.getObject(3, LocalDate.class);
				return new OwnActivities.Item(rs.getLong(1), rs.getString(2), due, due.isBefore(today), rs.getLong(4),
						rs.getString(5), rs.getString(6));
			})
			.list());
		return new OwnActivities(items, total[0]);
	}

}
