package vn.dangvu.programme.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts of owner rows per activity, status and percent that V1004's triggers keep
 * (decision 0276) give the roll-up exactly the figures of the owner rows themselves,
 * after statements that insert, update and delete many owner rows at once and after an
 * activity is deleted. Runs on the demo committee's 2020 programme (235 activities) in a
 * transaction that is rolled back, so the demo stays as it was.
 */
@IntegrationTest
class ProgrammeOwnerTallyTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theTallyGivesTheFiguresOfTheOwnerRowsAfterEveryKindOfWrite() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			long p = this.jdbc.sql("""
					select p.id from programme p join org_unit u on u.id = p.unit_id
					where u.code = 'DBCHQ' and p.starts_on = date '2020-01-01' and p.created_by = 'demo'""")
				.query(Long.class)
				.single();
			LocalDate today = LocalDate.of(2020, 7, 15);
			assertThat(owners(p)).as("the demo programme has owner rows").isGreaterThan(235);
			sameFigures(p, today, "as loaded");

			write("""
					update programme_activity_owner
					set status = case (activity_id + unit_id) % 4 when 0 then 'DONE' when 1 then 'IN_PROGRESS'
					                  when 2 then 'CANCELLED' else 'NOT_STARTED' end,
					    percent = case (activity_id + unit_id) % 4 when 0 then 100 when 1 then (activity_id % 9) * 10
					                   else 0 end
					where programme_id = :p""", p);
			sameFigures(p, today, "after one update of every owner row");

			write("update programme_activity_owner set percent = percent where programme_id = :p", p);
			write("""
					update programme_activity_owner set status = 'IN_PROGRESS', percent = 35
					where programme_id = :p and activity_id % 3 = 0 and status <> 'DONE'""", p);
			sameFigures(p, today, "after an update that changes nothing and one that moves rows between counts");

			int removed = write("delete from programme_activity_owner where programme_id = :p and unit_id % 2 = 0", p);
			assertThat(removed).isPositive();
			sameFigures(p, today, "after deleting owner rows");

			int added = write("""
					insert into programme_activity_owner (activity_id, unit_id, programme_id, status, percent)
					select a.id, u.id, a.programme_id, case when u.id % 2 = 0 then 'DONE' else 'IN_PROGRESS' end,
					       case when u.id % 2 = 0 then 100 else 50 end
					from programme_activity a cross join (select id from org_unit order by id limit 40) u
					where a.programme_id = :p
					on conflict do nothing""", p);
			assertThat(added).isPositive();
			sameFigures(p, today, "after inserting owner rows for many activities at once");

			long activity = this.jdbc.sql("select min(id) from programme_activity where programme_id = :p")
				.param("p", p)
				.query(Long.class)
				.single();
			write("delete from programme_activity where id = :p", activity);
			sameFigures(p, today, "after deleting an activity with its owners");
			assertThat(this.jdbc.sql("select count(*) from programme_owner_tally where activity_id = :a")
				.param("a", activity)
				.query(Integer.class)
				.single()).isZero();
			assertThat(this.jdbc.sql("select count(*) from programme_owner_tally where owners < 0")
				.query(Integer.class)
				.single()).isZero();
			status.setRollbackOnly();
		});
	}

	private void sameFigures(long p, LocalDate today, String when) {
		List<List<Object>> tally = rows(ProgressSql.activities(ProgressSql.ALL_UNITS), p, today);
		List<List<Object>> ownerRows = rows(ProgressSql.ownerRows(ProgressSql.ALL_UNITS), p, today);
		assertThat(ProgressSql.activities(ProgressSql.ALL_UNITS)).contains("programme_owner_tally");
		assertThat(tally).as(when).hasSize(ownerRows.size()).containsExactlyInAnyOrderElementsOf(ownerRows);
	}

	private List<List<Object>> rows(String sql, long p, LocalDate today) {
		return this.jdbc.sql(sql).param("p", p).param("today", today).query((rs, n) -> {
			List<Object> row = new ArrayList<>();
			for (int i = 1; i <= 5; i++) {
				row.add(rs.getString(i));
			}
			for (int i = 6; i <= 10; i++) {
				row.add(rs.getLong(i));
			}
			return row;
		}).list();
	}

	private int owners(long p) {
		return this.jdbc.sql("select count(*) from programme_activity_owner where programme_id = :p")
			.param("p", p)
			.query(Integer.class)
			.single();
	}

	private int write(String sql, long p) {
		return this.jdbc.sql(sql).param("p", p).update();
	}

}
