package vn.dangvu.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.reminders.MembershipReminders;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.TestUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * Each demo account walks the pages a new user opens first, on the demo data as loaded
 * today: no page answers a server error and none shows a missing message key
 * ("??key_vi??"), which Thymeleaf prints instead of failing. The membership landing and
 * the reminders show the demo's Cầu Treo cell and committee as their accounts see them:
 * candidates at every step, probations ending, every kind of reminder counted.
 */
@IntegrationTest
class DemoRolesWalkTest {

	private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[\\w.\\-]+_\\w+\\?\\?");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	MembershipReminders reminders;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "vanphong", "bithu.cautreo", "congdoan", "dangvien", "doanthanhnien" })
	void everyDemoAccountOpensTheFirstDayPagesWithoutAnErrorOrAMissingText(String username) throws Exception {
		long member = personNamed("Nguyễn Văn Đức");
		List<String> problems = new ArrayList<>();
		for (String url : List.of("/", "/reminders", "/membership", "/membership/transfers",
				"/membership/transfers?all=true", "/membership/probation", "/membership/dues", "/people",
				"/people/" + member, "/membership/members/" + member, "/membership/dues/person/" + member, "/audit",
				"/directives", "/units", "/people?q=nguyen%20van&kind=PARTY")) {
			MvcResult result;
			try {
				result = this.mvc.perform(get(url).with(user(this.accounts.loadUserByUsername(username)))).andReturn();
			}
			catch (Exception ex) {
				problems.add(url + " failed: " + ex.getMessage());
				continue;
			}
			int status = result.getResponse().getStatus();
			if (status >= 500) {
				problems.add(url + " answered " + status);
				continue;
			}
			Matcher missing = MISSING_KEY.matcher(result.getResponse().getContentAsString());
			while (missing.find()) {
				problems.add(url + " shows " + missing.group());
			}
		}
		assertThat(problems).as(username).isEmpty();
	}

	@Test
	void everyReasonOnAPersonsUnitHistoryHasItsText() {
		List<String> reasons = this.jdbc.sql("select distinct reason from person_affiliation")
			.query(String.class)
			.list();
		assertThat(reasons).contains("DEMO");
		for (String reason : reasons) {
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				assertThat(this.messages.getMessage("person.history.reason." + reason, null, null, locale))
					.as(reason + " " + locale)
					.isNotBlank();
			}
		}
	}

	/** The demo secretary's cell. */
	private long cauTreo() {
		return TestUnits.idOf(this.jdbc, "CB-CAUTREO");
	}

	/** The membership landing page as a demo account sees it. */
	private String membershipPageOf(String username) throws Exception {
		return okBody(this.mvc.perform(get("/membership").with(user(this.accounts.loadUserByUsername(username)))));
	}

	@Test
	void theCommitteeOfficeLandingSummarisesItsRemindersAndShowsTheAdmissionPipelineNearTheTop() throws Exception {
		String html = membershipPageOf("vanphong");
		int candidates = html.indexOf("id=\"candidates-filter\"");
		String beforePipeline = html.substring(html.indexOf("<section"), candidates);
		assertThat(beforePipeline.split("class=\"mb-1 fs-6\"", -1).length - 1).as("reminders shown before the pipeline")
			.isLessThanOrEqualTo(5);
		assertThat(html).contains("id=\"all-reminders\"").contains("href=\"/reminders\"");
		assertThat(html.split("<tr", -1).length - 1).as("table rows on the page").isLessThanOrEqualTo(25);
		System.out.printf("/membership for the committee office: %d characters, pipeline at %d%n", html.length(),
				candidates);
		String secretary = membershipPageOf("bithu.cautreo");
		assertThat(secretary).as("every kind is counted even when its items are past the first five")
			.contains("id=\"reminder-kinds\"")
			.contains("sắp hết thời gian dự bị");
	}

	@Test
	void demoCellHasCandidatesAtEveryStepProbationEndingSoonAndReminders() throws Exception {
		long cautreo = cauTreo();
		Caller bithu = TestCallers.withRole(Role.CELL_SECRETARY, cautreo);
		assertThat(this.jdbc.sql("""
				select count(distinct coalesce(s.n, 0)) from admission a
				  left join (select admission_id, count(*) n from admission_step group by admission_id) s
				    on s.admission_id = a.id
				where a.cell_id = :c and a.state = 'OPEN'""").param("c", cautreo).query(Long.class).single())
			.isGreaterThanOrEqualTo(8);
		assertThat(this.jdbc
			.sql("""
					select count(*) from person p where p.party_unit_id = :c
					  and not exists (select 1 from membership_event e where e.person_id = p.id and e.membership = 'PARTY')""")
			.param("c", cautreo)
			.query(Long.class)
			.single()).isZero();
		var list = this.reminders.remindersFor(bithu,
				java.time.LocalDate.now(vn.dangvu.platform.time.VietnamTime.ZONE));
		assertThat(list).extracting(vn.dangvu.notification.Reminder::kind)
			.contains("PROBATION_ENDING", "CONVERSION_DUE", "TRANSFER_TO_PRESENT");
		this.mvc.perform(get("/membership").with(TestCallers.as(bithu)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quyết định kết nạp đảng viên (mẫu 9-KNĐ)")));
	}

	@Test
	void aSecretarySeesTheCellsRemindersFromTheModulesInTheBadgeAndOnThePage() throws Exception {
		long cell = cauTreo();
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, cell);
		String badge = okBody(this.mvc.perform(get("/reminders/count").with(TestCallers.as(secretary))));
		int pressing = Integer.parseInt(badge.replaceAll("(?s).*>\\s*(\\d+)\\s*</span>.*", "$1"));
		assertThat(pressing).as("demo probation and transfer deadlines of Cầu Treo").isPositive();
		this.mvc.perform(get("/reminders").with(TestCallers.as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dự bị")));
	}

	private long personNamed(String name) {
		return this.jdbc.sql("select id from person where full_name = :n order by id limit 1")
			.param("n", name)
			.query(Long.class)
			.single();
	}

}
