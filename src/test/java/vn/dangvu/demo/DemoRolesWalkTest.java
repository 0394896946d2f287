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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each demo account walks the pages a new user opens first, on the demo data as loaded
 * today: no page answers a server error and none shows a missing message key
 * ("??key_vi??"), which Thymeleaf prints instead of failing.
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

	private long personNamed(String name) {
		return this.jdbc.sql("select id from person where full_name = :n order by id limit 1")
			.param("n", name)
			.query(Long.class)
			.single();
	}

}
