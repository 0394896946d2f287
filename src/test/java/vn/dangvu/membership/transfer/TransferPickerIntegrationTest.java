package vn.dangvu.membership.transfer;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.bodyContains;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * The transfers page's pickers ask for matching members, people and cells on demand
 * (issue 8, decision 0279): diacritics-insensitive, scoped, recorders only, bad input
 * answered clearly; the page itself carries none of the lists.
 */
@IntegrationTest
class TransferPickerIntegrationTest {

	static final String MEMBERS = "/membership/transfers/members";

	static final String PEOPLE = "/membership/transfers/people";

	static final String CELLS = "/membership/transfers/cells";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PeopleFixtures.Tree tree;

	long member;

	long outsider;

	@BeforeEach
	void aMemberAndANonMemberInAFreshCell() {
		this.tree = new PeopleFixtures(this.jdbc).tree("Điều chuyển Quỳnh Lưu");
		MassFixtures mass = new MassFixtures(this.jdbc);
		this.member = mass.partyMember("Nguyễn Văn Quýt", LocalDate.of(1980, 4, 5), this.tree.cell(), this.tree.cell());
		this.outsider = mass.person("Lò Thị Xoan", LocalDate.of(1990, 7, 8), this.tree.cell(), null, null, null);
	}

	@Test
	void findsAMemberOfTheScopeWithoutDiacriticsForTheListThatAsked() throws Exception {
		for (String q : new String[] { "nguyen van quyt", "NGUYỄN VĂN QUÝT", "quyt" }) {
			this.mvc.perform(get(MEMBERS).param("q", q).with(secretary()))
				.andExpect(status().isOk())
				.andExpect(bodyContains(
						"<option value=\"" + this.member
								+ "\" selected=\"selected\">Nguyễn Văn Quýt — Chi bộ Điều chuyển Quỳnh Lưu</option>",
						"Tìm thấy 1 đảng viên", "id=\"t-person-status\" hx-swap-oob=\"innerHTML\""));
		}
		// the striking-off form's list asks the same search: its own status line answers
		this.mvc.perform(get(MEMBERS).param("q", "quyt").header("HX-Target", "e-person").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(bodyContains("id=\"e-person-status\""));
		// a header that is no id of ours is not echoed
		this.mvc.perform(get(MEMBERS).param("q", "quyt").header("HX-Target", "\"><b>x").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(bodyContains("id=\"t-person-status\""))
			.andExpect(content().string(not(containsString("<b>x"))));
		// a non-member is no member
		this.mvc.perform(get(MEMBERS).param("q", "lo thi xoan").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + this.outsider + "\""))))
			.andExpect(bodyContains("Không tìm thấy đảng viên"));
	}

	@Test
	void findsANonMemberOfTheScopeForTheArrivalFromOutside() throws Exception {
		this.mvc.perform(get(PEOPLE).param("q", "xoan").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(
					bodyContains("<option value=\"" + this.outsider + "\" selected=\"selected\">Lò Thị Xoan</option>",
							"id=\"i-person-status\" hx-swap-oob=\"innerHTML\"", "Tìm thấy 1 người"));
		this.mvc.perform(get(PEOPLE).param("q", "nguyen van quyt").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + this.member + "\""))));
	}

	@Test
	void anotherCellsSecretaryFindsNoneOfMyPeopleButEveryCell() throws Exception {
		PeopleFixtures.Tree other = new PeopleFixtures(this.jdbc).tree("Điều chuyển khác");
		RequestPostProcessor stranger = TestCallers.as(TestCallers.secretaryOf(other.cell()));
		this.mvc.perform(get(MEMBERS).param("q", "Nguyễn Văn Quýt").with(stranger))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + this.member + "\""))))
			.andExpect(bodyContains("Không tìm thấy"));
		this.mvc.perform(get(PEOPLE).param("q", "Lò Thị Xoan").with(stranger))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + this.outsider + "\""))));
		// a transfer may go to any cell of the country
		this.mvc.perform(get(CELLS).param("q", "dieu chuyen quynh luu").with(stranger))
			.andExpect(status().isOk())
			.andExpect(bodyContains("value=\"" + this.tree.cell() + "\"", "id=\"t-to-status\""))
			.andExpect(content().string(not(containsString("value=\"" + this.tree.root() + "\""))));
		this.mvc.perform(get(CELLS).param("q", "ĐIỀU CHUYỂN KHÁC").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(bodyContains("value=\"" + other.cell() + "\""));
	}

	@Test
	void onlyRecordersSearch() throws Exception {
		for (String url : new String[] { MEMBERS, PEOPLE, CELLS }) {
			this.mvc.perform(get(url).param("q", "quyt").with(TestCallers.as(TestCallers.member(this.member))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void shortLongAndMalformedQueriesAreAnsweredClearly() throws Exception {
		for (String url : new String[] { MEMBERS, PEOPLE, CELLS }) {
			for (String q : new String[] { "", " q ", "đ" }) {
				this.mvc.perform(get(url).param("q", q).with(secretary()))
					.andExpect(status().isOk())
					.andExpect(bodyContains("Gõ ít nhất 2 ký tự"))
					.andExpect(content().string(not(containsString("value=\"" + this.member + "\""))));
			}
			this.mvc.perform(get(url).with(secretary()))
				.andExpect(status().isOk())
				.andExpect(bodyContains("Gõ ít nhất 2 ký tự"));
			this.mvc.perform(get(url).param("q", "x".repeat(101)).with(secretary()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(bodyContains("dài quá 100 ký tự"));
			this.mvc.perform(get(url).param("q", "qu\u0000yt").with(secretary())).andExpect(status().isBadRequest());
			// LIKE wildcards are matched literally, not as "everything"
			this.mvc.perform(get(url).param("q", "%%").with(secretary()))
				.andExpect(status().isOk())
				.andExpect(bodyContains("Không tìm thấy"));
		}
	}

	@Test
	void theCommitteeOfficePageNoLongerListsItsMembersPeopleAndCells() throws Exception {
		long committee = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		String html = okBody(
				this.mvc.perform(get("/membership/transfers").with(TestCallers.as(TestCallers.officeOf(committee)))));
		for (String list : new String[] { "t-person", "t-to", "i-person", "e-person" }) {
			assertThat(options(html, list)).as("options of " + list).isEqualTo(1);
		}
		assertThat(html).contains("hx-get=\"" + MEMBERS + "\"", "hx-get=\"" + PEOPLE + "\"",
				"hx-get=\"" + CELLS + "\"");
		int options = html.split("<option", -1).length - 1;
		assertThat(options).as("options on the whole page").isLessThan(200);
		System.out.printf("transfers page of the committee office: %,d characters, %d options, %d own cells%n",
				html.length(), options, options(html, "i-cell"));
	}

	@Test
	void theStrikingOffFormOpenedForAMemberHasThemChosen() throws Exception {
		String html = okBody(this.mvc.perform(get("/membership/transfers").param("strike", String.valueOf(this.member))
			.param("reason", "Bỏ sinh hoạt 3 tháng")
			.with(secretary())));
		assertThat(select(html, "e-person")).contains("<option value=\"" + this.member
				+ "\" selected=\"selected\">Nguyễn Văn Quýt — Chi bộ Điều chuyển Quỳnh Lưu</option>");
		assertThat(html).contains(">Bỏ sinh hoạt 3 tháng</textarea>");
		// a member the caller may not act on is not offered, nor is the reason
		PeopleFixtures.Tree other = new PeopleFixtures(this.jdbc).tree("Điều chuyển xa");
		String stranger = okBody(
				this.mvc.perform(get("/membership/transfers").param("strike", String.valueOf(this.member))
					.param("reason", "Bỏ sinh hoạt 3 tháng")
					.with(TestCallers.as(TestCallers.secretaryOf(other.cell())))));
		assertThat(stranger).doesNotContain("value=\"" + this.member + "\"", "Nguyễn Văn Quýt", "Bỏ sinh hoạt 3 tháng");
	}

	private static String select(String html, String id) {
		int from = html.indexOf("<select id=\"" + id + "\"");
		assertThat(from).as("list " + id).isNotNegative();
		return html.substring(from, html.indexOf("</select>", from));
	}

	private static int options(String html, String id) {
		return select(html, id).split("<option", -1).length - 1;
	}

	private RequestPostProcessor secretary() {
		return TestCallers.as(TestCallers.secretaryOf(this.tree.cell()));
	}

}
