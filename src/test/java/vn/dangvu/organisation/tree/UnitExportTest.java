package vn.dangvu.organisation.tree;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.OrganisationFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.table.SheetWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.bodyContains;

@IntegrationTest
class UnitExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A bloc of the test's own with two grassroots committees under it. */
	record Bloc(OrganisationFixtures units, long bloc, long first, long second) {
	}

	Bloc bloc(String label) {
		OrganisationFixtures units = new OrganisationFixtures(this.mvc);
		long bloc = units.unit("BLOC_COMMITTEE", null, "Đảng bộ khối " + label);
		return new Bloc(units, bloc, units.unit("GRASSROOTS_COMMITTEE", bloc, "Đảng bộ " + label),
				units.unit("GRASSROOTS_COMMITTEE", bloc, "Đảng bộ khác " + label));
	}

	String code(long id) {
		return this.jdbc.sql("select code from org_unit where id = :id").param("id", id).query(String.class).single();
	}

	List<List<String>> rows(Caller caller, String query) throws Exception {
		byte[] body = this.mvc.perform(get("/units/export" + query).with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(SheetWriter.XLSX))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Cơ cấu tổ chức");
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 9; i++) {
					var cell = row.getCell(i);
					cells.add((cell == null) ? "" : switch (cell.getCellType()) {
						case NUMERIC -> (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell))
								? cell.getLocalDateTimeCellValue().toLocalDate().toString()
								: String.valueOf((long) cell.getNumericCellValue());
						default -> cell.getStringCellValue();
					});
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	void committeeOfficeExportsExactlyItsOpenSubtreeInTreeOrderWithVietnameseHeaders() throws Exception {
		Bloc own = bloc("xuất");
		long bloc = own.bloc();
		long kvi = own.first();
		long sibling = own.second();
		long noiBaiId = own.units().unit("SUB_COMMITTEE", kvi, "Đảng bộ bộ phận xuất");
		own.units().cell(noiBaiId, "xuất");
		List<List<String>> rows = rows(TestCallers.withRole(Role.COMMITTEE_OFFICE, kvi), "?asOf=&closed=false");

		assertThat(rows.get(0)).containsExactly("Mã", "Tên", "Tên viết tắt", "Loại", "Trực thuộc", "Cấp",
				"Ngày thành lập", "Ngày giải thể/hợp nhất", "Hợp nhất vào");
		List<String> expected = this.jdbc
			.sql("select u.code from org_unit u, org_unit r where r.id = :id and u.path like r.path || '%' "
					+ "and u.closed_on is null order by u.path")
			.param("id", kvi)
			.query(String.class)
			.list();
		List<List<String>> data = rows.subList(1, rows.size());
		assertThat(data).extracting((r) -> r.get(0)).containsExactlyElementsOf(expected);
		assertThat(expected).contains(code(kvi), code(noiBaiId)).doesNotContain(code(sibling), code(bloc));
		List<String> top = data.get(0);
		assertThat(top.get(0)).isEqualTo(code(kvi));
		assertThat(top.get(3)).isEqualTo("Đảng bộ cơ sở");
		assertThat(top.get(4)).as("the parent is outside the scope and not named").isEmpty();
		assertThat(top.get(5)).isEqualTo("1");
		List<String> noiBai = data.stream().filter((r) -> r.get(0).equals(code(noiBaiId))).findFirst().orElseThrow();
		assertThat(noiBai.get(3)).isEqualTo("Đảng bộ bộ phận");
		assertThat(noiBai.get(4)).isEqualTo(top.get(1));
		assertThat(noiBai.get(5)).isEqualTo("2");
		assertThat(top.get(6)).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void closedUnitsAppearOnlyWhenAskedForAndNameTheUnitTheyWereMergedInto() throws Exception {
		Bloc own = bloc("hợp nhất");
		long kvi = own.first();
		long haNoiId = own.second();
		own.units().merge(haNoiId, kvi, "2025-03-01");
		Caller admin = TestCallers.admin();
		Set<String> open = new HashSet<>(rows(admin, "").stream().map((r) -> r.get(0)).toList());
		List<List<String>> all = rows(admin, "?closed=true");
		List<String> haNoi = all.stream().filter((r) -> r.get(0).equals(code(haNoiId))).findFirst().orElseThrow();

		assertThat(open).doesNotContain(code(haNoiId));
		assertThat(haNoi.get(7)).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(haNoi.get(8))
			.isEqualTo(all.stream().filter((r) -> r.get(0).equals(code(kvi))).findFirst().orElseThrow().get(1));
	}

	@Test
	void aMemberWithoutUnitScopeGetsAnEmptySheetAsTheTreePageIsEmpty() throws Exception {
		Caller member = TestCallers.member(123_456_789L);
		this.mvc.perform(get("/units").with(TestCallers.as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn chưa được giao phạm vi tổ chức nào")));

		assertThat(rows(member, "")).hasSize(1);
	}

	@Test
	void theTreePageOffersTheExportKeepingTheDateAndClosedChoice() throws Exception {
		this.mvc.perform(get("/units?asOf=2024-06-01&closed=true").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("/units/export?asOf=2024-06-01&amp;closed=true", "Xuất Excel"));
	}

}
