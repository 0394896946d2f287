package vn.dangvu.crawl;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestClock;
import vn.dangvu.platform.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks the application as each demo role would: signs in, follows every link reachable
 * from home (GET only), on several "today" dates, and fails on any page that answers a
 * server error, shows a message key, shows English words on a Vietnamese page, or on any
 * link to a page that answers 404 (or 403) to the same role. Dates: the start, middle and
 * end of a month and a quarter, the first day of the next quarter, and a day inside Tết.
 */
@IntegrationTest
class PageCrawlTest {

	static final List<String> ROLES = List.of("admin", "vanphong", "bithu.cautreo", "congdoan", "doanthanhnien",
			"dangvien");

	@Autowired
	WebApplicationContext context;

	/**
	 * Built here rather than auto-configured, so that a failing crawl does not print
	 * every page.
	 */
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	UserDetailsService accounts;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	static Stream<Arguments> rolesAndDates() {
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		LocalDate monthStart = today.withDayOfMonth(1);
		LocalDate quarterEnd = today.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
		List<LocalDate> dates = java.util.stream.Stream
			.of(today, monthStart, today.withDayOfMonth(15), today.with(TemporalAdjusters.lastDayOfMonth()), quarterEnd,
					quarterEnd.plusDays(1), tetDay(today))
			.distinct()
			.toList();
		List<Arguments> all = new ArrayList<>();
		for (String role : ROLES) {
			for (int i = 0; i < dates.size(); i++) {
				// Today is walked widely; the other dates visit each kind of page once.
				all.add(Arguments.of(role, dates.get(i), (i == 0) ? 4 : 1));
			}
		}
		return all.stream();
	}

	/**
	 * The fourth day of the lunar new year holidays of the year after today (Tết 2027:
	 * 06/02/2027).
	 */
	static LocalDate tetDay(LocalDate today) {
		return (today.isBefore(LocalDate.of(2027, 2, 6))) ? LocalDate.of(2027, 2, 8) : LocalDate.of(2028, 1, 28);
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("rolesAndDates")
	void everyReachablePageAnswersWellForTheRoleOnThisDay(String username, LocalDate today, int perPattern)
			throws Exception {
		this.clock.setToday(today);
		UserDetails principal = this.accounts.loadUserByUsername(username);
		Crawler crawler = new Crawler(perPattern, (path) -> {
			MvcResult r = this.mvc.perform(get(path).with(user(principal)).header("Accept-Language", "vi")).andReturn();
			String type = r.getResponse().getContentType();
			boolean html = type != null && type.startsWith("text/html");
			return new Crawler.Page(r.getResponse().getStatus(),
					html ? r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8) : null,
					r.getResponse().getRedirectedUrl());
		});
		Crawler.Report report = crawler.crawl("/");
		assertThat(report.visited()).as("pages visited by " + username).isGreaterThan(3);
		assertThat(report.problems()).as(username + " on " + today + " after " + report.visited() + " pages").isEmpty();
	}

}
