package vn.dangvu.organisation.tree;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.OrganisationFixtures;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.security.Caller;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.bodyContains;

/** The "Lịch sử thay đổi" links from a unit and a person to the audit viewer. */
@IntegrationTest
class ChangeHistoryLinkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonService people;

	OrganisationFixtures.PartyTree tree;

	long person;

	@BeforeEach
	void aCellWithAMember() {
		this.tree = new OrganisationFixtures(this.mvc).partyTree("Liên kết nhật ký");
		LocalDate birth = LocalDate.of(1985, 8, 8);
		this.person = this.people.create(TestCallers.admin(), PeopleFixtures.draft("Lò Văn Nhậtký", birth, Sex.MALE,
				PeopleFixtures.cccd(birth, Sex.MALE), null, this.tree.cell(), this.tree.cell(), null));
	}

	@Test
	void anOfficeSeesTheHistoryLinksOnUnitAndPersonPagesAndTheyOpenTheAuditViewer() throws Exception {
		long cell = this.tree.cell();
		long person = this.person;
		Caller office = TestCallers.officeOf(this.tree.committee());

		this.mvc.perform(get("/units/{id}", cell).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(bodyContains("/audit?entity=Unit&amp;entityId=" + cell + "\"", "Lịch sử thay đổi"));
		this.mvc.perform(get("/people/{id}", person).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(bodyContains("/audit?entity=Person&amp;entityId=" + person + "\"", "Lịch sử thay đổi"));
		this.mvc
			.perform(get("/audit").param("entity", "Unit")
				.param("entityId", String.valueOf(cell))
				.with(TestCallers.as(office)))
			.andExpect(status().isOk());
	}

	@Test
	void aCellSecretaryDoesNotSeeTheHistoryLinks() throws Exception {
		long cell = this.tree.cell();
		long person = this.person;
		Caller secretary = TestCallers.secretaryOf(cell);

		this.mvc.perform(get("/units/{id}", cell).with(TestCallers.as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/audit?"))))
			.andExpect(content().string(not(containsString("Lịch sử thay đổi"))));
		this.mvc.perform(get("/people/{id}", person).with(TestCallers.as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/audit?"))))
			.andExpect(content().string(not(containsString("Lịch sử thay đổi"))));
	}

}
