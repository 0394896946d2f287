package vn.dangvu;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationStartsTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void migrationsRunOnEmbeddedPostgres() {
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void treeRefusesACycleInTheDatabase() {
		long a = this.jdbc
			.sql("insert into org_unit(code, kind, name, path, depth, search_text, established_on) "
					+ "values ('T-CYC-A', 'BLOC_COMMITTEE', 'A', '', 0, 'a', date '2020-01-01') returning id")
			.query(Long.class)
			.single();
		long b = this.jdbc
			.sql("insert into org_unit(code, kind, name, parent_id, path, depth, search_text, established_on) "
					+ "values ('T-CYC-B', 'GRASSROOTS_COMMITTEE', 'B', :a, '', 0, 'b', date '2020-01-01') returning id")
			.param("a", a)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select path from org_unit where id = :b").param("b", b).query(String.class).single())
			.isEqualTo("/" + a + "/" + b + "/");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.sql("update org_unit set parent_id = :b where id = :a")
				.param("a", a)
				.param("b", b)
				.update())
			.hasMessageContaining("cycle");
	}

	@Test
	void namesSortInVietnameseOrder() {
		assertThat(this.jdbc
			.sql("select n from unnest(array['Chi bộ Hồng Lĩnh', 'Chi bộ Đông Hà', 'Chi bộ cửa khẩu Cha Lo', "
					+ "'Chi bộ Dương Minh Châu', 'Chi bộ Ái Tử']) n order by n collate vietnamese")
			.query(String.class)
			.list()).containsExactly("Chi bộ Ái Tử", "Chi bộ cửa khẩu Cha Lo", "Chi bộ Dương Minh Châu",
					"Chi bộ Đông Hà", "Chi bộ Hồng Lĩnh");
	}

}
