package vn.dangvu.membership.dues;

import java.util.List;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V530 on a database that a race already left with duplicate payments (decision 0155):
 * the rows are numbered, the later live duplicate is undone by a reversing row, nothing
 * is deleted, and from then on the index refuses a second live payment.
 */
class DuesPaymentMigrationTest {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	static long person;

	@BeforeAll
	static void databaseAtV520WithDuplicates() throws Exception {
		postgres = EmbeddedPostgres.builder()
			.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.start();
		DataSource ds = postgres.getPostgresDatabase();
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("520").load().migrate();
		jdbc = JdbcClient.create(ds);
		long unit = jdbc.sql("""
				insert into org_unit (code, kind, name, path, depth, search_text, established_on)
				values ('MIG-CELL', 'CELL', 'Chi bộ', '', 0, 'chi bo', date '2000-01-01') returning id""")
			.query(Long.class)
			.single();
		person = jdbc.sql("""
				insert into person (full_name, family_name, given_name, search_text, sort_key, birth_date, sex, cccd,
				                    work_unit_id, party_unit_id)
				values ('Lê Văn Trùng', 'Lê', 'Trùng', 'le van trung', '\\x00'::bytea, date '1980-01-01', 'MALE',
				        '001080000001', :u, :u) returning id""").param("u", unit).query(Long.class).single();
		// March: paid twice by a race; April: paid, undone, paid again; May: paid once
		long march = pay(unit, "2026-03-01");
		pay(unit, "2026-03-01");
		long april = pay(unit, "2026-04-01");
		jdbc.sql("""
				insert into dues_payment (kind, person_id, unit_id, month, amount, method, paid_on, reverses_id,
				                          recorded_by)
				select kind, person_id, unit_id, month, -amount, method, paid_on, id, 'test' from dues_payment
				where id = :id""").param("id", april).update();
		pay(unit, "2026-04-01");
		pay(unit, "2026-05-01");
		assertThat(march).isPositive();
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("530").load().migrate();
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	static long pay(long unit, String month) {
		return jdbc.sql("""
				insert into dues_payment (kind, person_id, unit_id, month, amount, method, paid_on, recorded_by)
				values ('PARTY', :p, :u, cast(:m as date), 100000, 'CASH', cast(:m as date), 'test') returning id""")
			.param("p", person)
			.param("u", unit)
			.param("m", month)
			.query(Long.class)
			.single();
	}

	static List<String> rows(String month) {
		return jdbc.sql("""
				select amount || ' #' || attempt || case when reverses_id is null then '' else ' undo' end
				from dues_payment where month = cast(:m as date) order by id""")
			.param("m", month)
			.query(String.class)
			.list();
	}

	static long live(String month) {
		return jdbc.sql("""
				select count(*) from dues_payment d where d.month = cast(:m as date) and d.reverses_id is null
				  and not exists (select 1 from dues_payment r where r.reverses_id = d.id)""")
			.param("m", month)
			.query(Long.class)
			.single();
	}

	@Test
	void theLaterDuplicateIsUndoneAndEveryMonthHasOneLivePayment() {
		assertThat(rows("2026-03-01")).containsExactly("100000 #1", "100000 #2", "-100000 #2 undo");
		assertThat(rows("2026-04-01")).containsExactly("100000 #1", "-100000 #1 undo", "100000 #2");
		assertThat(rows("2026-05-01")).containsExactly("100000 #1");
		for (String month : List.of("2026-03-01", "2026-04-01", "2026-05-01")) {
			assertThat(live(month)).as(month).isEqualTo(1);
		}
	}

	@Test
	void theIndexRefusesASecondPaymentWithTheSameAttempt() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into dues_payment (kind, person_id, unit_id, month, amount, method, paid_on, attempt,
				                          recorded_by)
				select kind, person_id, unit_id, month, amount, method, paid_on, attempt, 'test' from dues_payment
				where month = date '2026-05-01'""").update()).isInstanceOf(DuplicateKeyException.class);
	}

}
