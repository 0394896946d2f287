package vn.dangvu.organisation.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.testkit.TestUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo units tell the story of the 2025 reorganisation through the as-of API. */
@IntegrationTest
class DemoReorganisationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long id(String code) {
		return TestUnits.idOf(this.jdbc, code);
	}

	@Test
	void beforeTheReorganisationCauTreoStoodUnderTheHaTinhCommitteeAndKhuVucXiDidNotExist() throws Exception {
		long haTinh = id("DB-CHQ-HATINH");
		this.mvc
			.perform(get("/api/v1/units").param("asOf", "2024-12-31")
				.param("q", "Cau Treo")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.code == 'CB-CAUTREO')].parentId").value(contains((int) haTinh)))
			.andExpect(jsonPath("$.items[?(@.code == 'CB-CAUTREO')].name")
				.value(contains("Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo")));
		this.mvc
			.perform(get("/api/v1/units").param("asOf", "2024-12-31")
				.param("q", "hai quan")
				.param("size", "500")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.code == 'DB-CHQ-HATINH')].name")
				.value(contains("Đảng bộ Cục Hải quan tỉnh Hà Tĩnh")))
			.andExpect(jsonPath("$.items[?(@.code == 'DB-CHQ-QUANGBINH')]").isNotEmpty())
			.andExpect(jsonPath("$.items[?(@.code == 'CB-KSHQ-QB')]").isNotEmpty())
			.andExpect(jsonPath("$.items[?(@.code == 'DB-KVXI')]").value(empty()))
			.andExpect(jsonPath("$.items[?(@.code == 'DBCHQ')].name").value(contains("Đảng bộ Tổng cục Hải quan")));
	}

	@Test
	void todayCauTreoIsUnderKhuVucXiAndTheOldCommitteesAreGone() throws Exception {
		String today = LocalDate.now().toString();
		this.mvc
			.perform(get("/api/v1/units").param("asOf", today)
				.param("q", "hai quan")
				.param("size", "500")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.code == 'CB-CAUTREO')].parentId").value(contains((int) id("DB-KVXI"))))
			.andExpect(jsonPath("$.items[?(@.code == 'DB-CHQ-HATINH')]").value(empty()))
			.andExpect(jsonPath("$.items[?(@.code == 'CB-KSHQ-QB')]").value(empty()))
			.andExpect(jsonPath("$.items[?(@.code == 'DBCHQ')].name").value(contains("Đảng bộ Cục Hải quan")));
		this.mvc
			.perform(get("/api/v1/units/" + id("DBCHQ")).param("asOf", "2024-06-30")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Đảng bộ Tổng cục Hải quan"));
	}

	@Test
	void khuVucXiHistoryShowsTheMergeAndTheOldCommitteesPointToIt() throws Exception {
		long kvxi = id("DB-KVXI");
		this.mvc.perform(get("/api/v1/units/" + kvxi + "/history").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].change").value("ESTABLISHED"))
			.andExpect(jsonPath("$[0].validFrom").value("2025-03-01"))
			.andExpect(jsonPath("$[0].decisionRef").value("Quyết định 383/QĐ-BTC"))
			.andExpect(jsonPath("$[0].note").value(containsString("Đảng bộ Cục Hải quan tỉnh Quảng Bình")));
		this.mvc.perform(get("/units/" + kvxi).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiếp nhận từ hợp nhất")));
		this.mvc
			.perform(get("/api/v1/units/" + id("DB-CHQ-HATINH") + "/history").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].change").value(contains("ESTABLISHED", "MERGED")))
			.andExpect(jsonPath("$[1].validFrom").value("2025-03-01"))
			.andExpect(jsonPath("$[1].validTo").value("2025-03-01"));
		this.mvc
			.perform(get("/api/v1/units/" + id("CB-CAUTREO") + "/history").with(TestCallers.as(TestCallers.admin())))
			.andExpect(jsonPath("$[*].change").value(contains("ESTABLISHED", "MOVED")))
			.andExpect(jsonPath("$[1].parentId").value((int) kvxi));
		Map<String, Object> old = this.jdbc.sql("""
				select o.closed_on, t.code as into from org_unit o join org_unit t on t.id = o.merged_into_id
				where o.code = 'DB-CHQ-QUANGTRI'""").query().singleRow();
		assertThat(old).containsEntry("into", "DB-KVXI")
			.containsEntry("closed_on", java.sql.Date.valueOf(DemoReorganisation.ON));
	}

	@Test
	void periodsOfEveryDemoUnitFormAChainWithOneOpenRowPerOpenUnit() {
		List<String> broken = this.jdbc.sql("""
				select u.code from org_unit u
				where exists (select 1 from org_unit_history h where h.unit_id = u.id and h.recorded_by = 'demo')
				  and ((u.closed_on is null) <> ((select count(*) from org_unit_history h
				                                    where h.unit_id = u.id and h.valid_to is null) = 1)
				    or exists (select 1 from org_unit_history a where a.unit_id = u.id and a.valid_to is not null
				                 and not exists (select 1 from org_unit_history b where b.unit_id = u.id
				                                   and b.id > a.id and b.valid_from = a.valid_to)
				                 and not (a.change in ('MERGED', 'CLOSED') and a.valid_from = a.valid_to
				                          and u.closed_on = a.valid_from))
				    or (select min(valid_from) from org_unit_history h where h.unit_id = u.id) <> u.established_on)
				""").query(String.class).list();
		assertThat(broken).isEmpty();
		Long mergedCells = this.jdbc.sql("""
				select count(*) from org_unit o join org_unit t on t.id = o.merged_into_id
				where o.kind = 'CELL' and t.kind = 'CELL' and t.closed_on is null""").query(Long.class).single();
		assertThat(mergedCells).isGreaterThanOrEqualTo(4);
	}

}
