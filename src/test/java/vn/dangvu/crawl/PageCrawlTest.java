package vn.dangvu.crawl;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
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

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks the application as each demo role would: signs in, follows every link reachable
 * from home (GET only), on several "today" dates, and fails on any page that answers a
 * server error, shows a message key, shows English words on a Vietnamese page, or on any
 * link to a page that answers 404 (or 403) to the same role. Dates: the start, middle and
 * end of a month and a quarter, the first day of the next quarter, and a day inside Tết.
 * Tagged {@code crawl}: its subject is rendering, so CI's second pass on a standalone
 * PostgreSQL server leaves it out ({@code .ci/run}).
 */
@IntegrationTest
@Tag("crawl")
class PageCrawlTest {

	/**
	 * The demo roles, the one with the most pages first so that the walks end together.
	 */
	static final List<String> ROLES = List.of("admin", "vanphong", "bithu.cautreo", "congdoan", "doanthanhnien",
			"dangvien");

	/** Walks at the same time: one per core, at least two. */
	static final int WALKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	UserDetailsService accounts;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	static Stream<Arguments> dates() {
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		LocalDate monthStart = today.withDayOfMonth(1);
		LocalDate quarterEnd = today.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
		List<LocalDate> dates = java.util.stream.Stream
			.of(today, monthStart, today.withDayOfMonth(15), today.with(TemporalAdjusters.lastDayOfMonth()), quarterEnd,
					quarterEnd.plusDays(1), tetDay(today))
			.distinct()
			.toList();
		List<Arguments> all = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			// Today is walked widely; the other dates visit each kind of page once.
			all.add(Arguments.of(dates.get(i), (i == 0) ? 4 : 1));
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

	/**
	 * The roles walk side by side (the clock is the same for all of them on one date),
	 * each with its own {@code MockMvc} on its own thread; every role's walk is checked
	 * and named on its own.
	 */
	@ParameterizedTest(name = "every role on {0}")
	@MethodSource("dates")
	void everyReachablePageAnswersWellForEachRoleOnThisDay(LocalDate today, int perPattern) throws Exception {
		this.clock.setToday(today);
		ExecutorService walkers = Executors.newFixedThreadPool(WALKERS);
		Map<String, Future<Crawler.Report>> reports = new LinkedHashMap<>();
		try {
			for (String username : ROLES) {
				reports.put(username, walkers.submit(() -> crawl(username, perPattern)));
			}
			SoftAssertions softly = new SoftAssertions();
			for (Map.Entry<String, Future<Crawler.Report>> walk : reports.entrySet()) {
				String username = walk.getKey();
				Crawler.Report report = walk.getValue().get();
				softly.assertThat(report.visited())
					.as("pages visited by " + username + " on " + today)
					.isGreaterThan(3);
				softly.assertThat(report.problems())
					.as(username + " on " + today + " after " + report.visited() + " pages")
					.isEmpty();
			}
			softly.assertAll();
		}
		finally {
			walkers.shutdownNow();
		}
	}

	/**
	 * One role's walk. Its {@code MockMvc} is built here rather than auto-configured, so
	 * that a failing crawl does not print every page.
	 */
	private Crawler.Report crawl(String username, int perPattern) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		UserDetails principal = this.accounts.loadUserByUsername(username);
		Crawler crawler = new Crawler(perPattern, (path) -> {
			MvcResult r = mvc.perform(get(path).with(user(principal)).header("Accept-Language", "vi")).andReturn();
			String type = r.getResponse().getContentType();
			boolean html = type != null && type.startsWith("text/html");
			return new Crawler.Page(r.getResponse().getStatus(),
					html ? r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8) : null,
					r.getResponse().getRedirectedUrl());
		});
		return crawler.crawl("/");
	}

}
