package vn.dangvu.people;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.importing.ImportJob;
import vn.dangvu.people.importing.PersonImports;
import vn.dangvu.people.importing.RowError;
import vn.dangvu.people.importing.SheetFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.JsonRequests.postJson;

/**
 * Issue 9 item 19: a person's name with a right-to-left override, a zero-width space or
 * an emoji is refused in an import, on the API and in the form, with the same Vietnamese
 * message on the name field; nothing is written.
 */
@IntegrationTest
class InvisibleNameCharactersTest extends OnTwoBranches {

	InvisibleNameCharactersTest() {
		super("Chi cục Ký tự", null);
	}

	static final List<String> BAD_NAMES = List.of("Nguyễn Văn \u202EAn", "Nguyễn\u200B Văn An",
			"Nguyễn Văn An \uD83D\uDE00", "Nguyễn Văn \u2067An\u2069", "\uFEFFNguyễn Văn An");

	@Autowired
	PersonImports imports;

	@BeforeEach
	void units() {
		TestCallers.runAs(this.a.office());
	}

	private long people() {
		return this.jdbc.sql("select count(*) from person").query(Long.class).single();
	}

	@Test
	void anImportRowWithAnInvisibleCharacterInTheNameIsRefusedOnColumnA() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		for (String name : BAD_NAMES) {
			rows.add(Arrays.asList(name, "05/09/1985", "Nam", PeopleFixtures.cccd(LocalDate.of(1985, 9, 5), Sex.MALE),
					null, null, null, null, null, this.a.cellCode()));
		}
		long before = people();
		ImportJob job = this.imports.importNow(this.a.office(), "nhan-su.xlsx",
				new ByteArrayInputStream(SheetFiles.xlsx(SheetFiles.HEADERS, rows)), false,
				Locale.forLanguageTag("vi"));
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).filteredOn((e) -> e.column().equals("A"))
			.extracting(RowError::row)
			.containsExactlyInAnyOrder(2, 3, 4, 5, 6);
		assertThat(job.errors()).filteredOn((e) -> e.column().equals("A"))
			.allSatisfy((e) -> assertThat(e.message()).contains("ký tự ẩn"));
		assertThat(people()).isEqualTo(before);
	}

	@Test
	void theApiAndTheFormRefuseTheNameOnItsField() throws Exception {
		long before = people();
		for (String name : BAD_NAMES) {
			MockHttpServletResponse res = this.mvc
				.perform(postJson(this.a.office(), "/api/v1/people",
						"{\"fullName\":\"" + name + "\",\"birthDate\":\"1985-09-05\",\"sex\":\"MALE\",\"workUnitId\":"
								+ this.a.cell() + "}"))
				.andReturn()
				.getResponse();
			assertThat(res.getStatus()).as(name + " " + res.getContentAsString()).isBetween(400, 422);
			List<String> fields = JsonPath.read(res.getContentAsString(), "$.errors[*].field");
			assertThat(fields).contains("fullName");
			assertThat(res.getContentAsString()).contains("ký tự ẩn");
			String page = this.mvc
				.perform(postForm(this.a.office(), "/people", "fullName", name, "birthDate", "1985-09-05", "sex",
						"MALE", "workUnitId", Long.toString(this.a.cell())))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(name).contains("ký tự ẩn");
		}
		assertThat(people()).isEqualTo(before);
	}

}
