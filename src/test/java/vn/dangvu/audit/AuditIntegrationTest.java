package vn.dangvu.audit;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.TestUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.bodyContains;

@IntegrationTest
class AuditIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private long unit(String kind, Long parent) {
		String code = "T-AUD-" + unique();
		return TestUnits.insert(this.jdbc, code, kind, "Đơn vị " + code, parent);
	}

	private long publish(String type, String id, Long unitId, Map<String, ?> before, Map<String, ?> after) {
		this.tx.executeWithoutResult(
				(s) -> this.events.publishEvent(RecordChanged.updated(type, id, "UPDATE", unitId, before, after)));
		return this.jdbc.sql("select id from audit_event where entity_type = :t and entity_id = :i")
			.param("t", type)
			.param("i", id)
			.query(Long.class)
			.single();
	}

	@Test
	void aChangeIsRecordedWithActorAndBeforeAfterAsJson() {
		String type = "Thing" + unique();
		TestCallers.runAs(TestCallers.admin());
		try {
			publish(type, "42", null, Map.of("name", "Cũ", "n", 1), Map.of("name", "Mới", "n", 2));
		}
		finally {
			TestCallers.clear();
		}
		Map<String, Object> row = this.jdbc
			.sql("select actor, action, before_state->>'name' as b, (after_state->>'n')::int as n "
					+ "from audit_event where entity_type = :t")
			.param("t", type)
			.query()
			.singleRow();
		assertThat(row).containsEntry("actor", "admin")
			.containsEntry("action", "UPDATE")
			.containsEntry("b", "Cũ")
			.containsEntry("n", 2);
	}

	@Test
	void theAuditRowRollsBackWithTheChange() {
		String type = "Thing" + unique();
		this.tx.executeWithoutResult((s) -> {
			this.events.publishEvent(RecordChanged.created(type, 1, null, Map.of("a", 1)));
			s.setRollbackOnly();
		});
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = :t")
			.param("t", type)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void auditRowsCannotBeUpdatedOrDeleted() {
		long id = publish("Thing" + unique(), "1", null, Map.of(), Map.of("a", 1));
		assertThatThrownBy(
				() -> this.jdbc.sql("update audit_event set actor = 'mallory' where id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.sql("select actor from audit_event where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("system");
	}

	@Test
	void committeeOfficeSeesOnlyEventsOfItsSubtree() throws Exception {
		long committee = unit("GRASSROOTS_COMMITTEE", null);
		long cell = unit("CELL", committee);
		long elsewhere = unit("GRASSROOTS_COMMITTEE", null);
		String type = "Scoped" + unique();
		long inside = publish(type, "in-1", cell, Map.of("x", 1), Map.of("x", 2));
		long outside = publish(type, "out-1", elsewhere, Map.of("x", 1), Map.of("x", 3));
		Caller office = TestCallers.withRole(Role.COMMITTEE_OFFICE, committee);

		this.mvc.perform(get("/audit").param("entity", type).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("in-1")))
			.andExpect(content().string(not(containsString("out-1"))));
		this.mvc.perform(get("/api/v1/audit").param("entity", type).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].entityId").value("in-1"))
			.andExpect(jsonPath("$.content[0].after.x").value(2));
		this.mvc.perform(get("/audit/" + inside).with(TestCallers.as(office))).andExpect(status().isOk());
		this.mvc.perform(get("/audit/" + outside).with(TestCallers.as(office))).andExpect(status().isNotFound());
		// The administrator sees both; filtering by a unit takes its subtree.
		this.mvc.perform(get("/api/v1/audit").param("entity", type).with(TestCallers.as(TestCallers.admin())))
			.andExpect(jsonPath("$.totalElements").value(2));
		this.mvc
			.perform(get("/api/v1/audit").param("entity", type)
				.param("unit", String.valueOf(committee))
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void othersGetNotFound() throws Exception {
		this.mvc.perform(get("/audit").with(TestCallers.as(TestCallers.member(5)))).andExpect(status().isNotFound());
		this.mvc.perform(get("/audit").with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, 5))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/audit").with(TestCallers.as(TestCallers.member(5))))
			.andExpect(status().isNotFound());
	}

	@Test
	void detailShowsBeforeAndAfterSideBySideMarkingChangedFields() throws Exception {
		long id = publish("Thing" + unique(), "7", null, Map.of("name", "Chi bộ A", "code", "CB1"),
				Map.of("name", "Chi bộ B", "code", "CB1"));
		this.mvc.perform(get("/audit/" + id).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("Chi bộ A", "Chi bộ B", "table-warning changed"));
	}

	@Test
	void fromAfterToIsABadRequestWithAFieldError() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit").param("from", "2026-03-10")
				.param("to", "2026-03-01")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		this.mvc.perform(get("/api/v1/audit").param("from", "not-a-date").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void exportIsAnXlsxOfTheFilteredScopedList() throws Exception {
		long committee = unit("GRASSROOTS_COMMITTEE", null);
		long elsewhere = unit("GRASSROOTS_COMMITTEE", null);
		String type = "Export" + unique();
		publish(type, "in-1", committee, Map.of(), Map.of("x", 1));
		publish(type, "in-2", committee, Map.of(), Map.of("x", 2));
		publish(type, "out-1", elsewhere, Map.of(), Map.of("x", 3));
		byte[] body = this.mvc
			.perform(get("/audit/export").param("entity", type)
				.with(TestCallers.as(TestCallers.withRole(Role.COMMITTEE_OFFICE, committee))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Người thực hiện");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("in-2");
			assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("in-1");
		}
	}

}
