package vn.dangvu.membership.admission;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.bodyContains;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * The person picker of the "open a file" form asks for matching people on demand (issue
 * 8): diacritics-insensitive, scoped, only people who may still become candidates, short
 * or malformed queries answered clearly; the landing page carries no list of people.
 */
@IntegrationTest
class CandidateSearchIntegrationTest {

	static final String URL = "/membership/admissions/candidates";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PeopleFixtures.Tree tree;

	long person;

	@BeforeEach
	void aPersonInAFreshCell() {
		this.tree = new PeopleFixtures(this.jdbc).tree("Ứng viên");
		this.person = new MassFixtures(this.jdbc).person("Khúc Thị Xuyến", LocalDate.of(1998, 2, 3), this.tree.cell(),
				null, null, null);
	}

	@Test
	void findsAPersonOfTheScopeWithoutDiacriticsAndChoosesTheOnlyMatch() throws Exception {
		for (String q : new String[] { "xuyen", "KHÚC THỊ", "khuc  thi xuyen" }) {
			this.mvc.perform(get(URL).param("q", q).with(secretary()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<option value=\"" + this.person
						+ "\" selected=\"selected\">Khúc Thị Xuyến · 03/02/1998</option>")))
				.andExpect(bodyContains("Tìm thấy 1 người", "id=\"personId-status\" hx-swap-oob=\"innerHTML\""));
		}
		this.mvc.perform(get(URL).param("q", "xuyen").with(TestCallers.as(TestCallers.officeOf(this.tree.root()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.person + "\"")));
	}

	@Test
	void anotherUnitsSecretaryFindsNoneOfMyPeople() throws Exception {
		PeopleFixtures.Tree other = new PeopleFixtures(this.jdbc).tree("Ứng viên khác");
		Caller stranger = TestCallers.secretaryOf(other.cell());
		this.mvc.perform(get(URL).param("q", "Khúc Thị Xuyến").with(TestCallers.as(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + this.person + "\""))))
			.andExpect(content().string(containsString("Không tìm thấy")));
		// a plain member may not open files at all
		this.mvc.perform(get(URL).param("q", "xuyen").with(TestCallers.as(TestCallers.member(this.person))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPersonWithAFileUnderWayIsNoLongerOffered() throws Exception {
		this.jdbc.sql("insert into admission (person_id, cell_id, opened_on, created_by) values (:p, :c, :o, 'test')")
			.param("p", this.person)
			.param("c", this.tree.cell())
			.param("o", LocalDate.of(2024, 1, 2))
			.update();
		this.mvc.perform(get(URL).param("q", "xuyen").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + this.person + "\""))))
			.andExpect(content().string(containsString("Không tìm thấy")));
	}

	@Test
	void shortLongAndMalformedQueriesAreAnsweredClearly() throws Exception {
		for (String q : new String[] { "", " x ", "đ" }) {
			this.mvc.perform(get(URL).param("q", q).with(secretary()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Gõ ít nhất 2 ký tự")))
				.andExpect(content().string(not(containsString("value=\"" + this.person + "\""))));
		}
		this.mvc.perform(get(URL).with(secretary()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gõ ít nhất 2 ký tự")));
		this.mvc.perform(get(URL).param("q", "x".repeat(101)).with(secretary()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("dài quá 100 ký tự")));
		this.mvc.perform(get(URL).param("q", "xu\u0000yen").with(secretary())).andExpect(status().isBadRequest());
		// LIKE wildcards are matched literally, not as "everyone"
		this.mvc.perform(get(URL).param("q", "%%").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy")));
	}

	@Test
	void theCommitteeOfficeLandingNoLongerListsItsNonMembers() throws Exception {
		long committee = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		String html = okBody(
				this.mvc.perform(get("/membership").with(TestCallers.as(TestCallers.officeOf(committee)))));
		int from = html.indexOf("<select id=\"personId\"");
		String picker = html.substring(from, html.indexOf("</select>", from));
		assertThat(picker.split("<option", -1).length - 1).as("options of the person picker").isEqualTo(1);
		assertThat(html).contains("id=\"personSearch\"").contains("hx-get=\"" + URL + "\"");
		assertThat(html.split("<option", -1).length - 1).as("options on the whole page").isLessThan(200);
	}

	private RequestPostProcessor secretary() {
		return TestCallers.as(TestCallers.secretaryOf(this.tree.cell()));
	}

}
