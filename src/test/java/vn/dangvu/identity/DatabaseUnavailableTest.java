package vn.dangvu.identity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.TestCallers;
import vn.dangvu.IntegrationTest;
import vn.dangvu.identity.token.ApiTokens;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.error.DatabaseDown;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.DatabaseOutage;
import vn.dangvu.testkit.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request the database cannot serve, as in a failover (issue 13, decision 0250): the
 * database made read-only (a write that reached the old primary, now a standby) or
 * unreachable for the requests of one test ({@link DatabaseOutage}). A write through the
 * API, signed in by token, by HTTP Basic or by a session, and a page, answer 503 with
 * {@code Retry-After} (problem+json in Vietnamese, or the Vietnamese error page), never
 * 401, 404, 409 or 500; nothing is half-written, and the next request succeeds.
 */
@IntegrationTest
class DatabaseUnavailableTest extends SignInTestBase {

	private static final String UNAVAILABLE = "Hệ thống tạm thời không truy cập được cơ sở dữ liệu";

	@Autowired
	ApiTokens tokens;

	private MockHttpServletRequestBuilder newPerson(String cccd, long unit) {
		return post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"fullName": "Lê Văn Sẵn", "birthDate": "1990-05-14", "sex": "MALE", "cccd": "%s", "workUnitId": %d}"""
						.formatted(cccd, unit));
	}

	private static String cccd() {
		return PeopleFixtures.cccd(LocalDate.of(1990, 5, 14), Sex.MALE);
	}

	private long unit() {
		return new PeopleFixtures(this.jdbc).tree("Sẵn Sàng").cell();
	}

	private long people(String cccd) {
		return Rows.one(this.jdbc, Long.class, "select count(*) from person where cccd = :id", cccd);
	}

	private static void unavailableProblem(ResultActions answer) throws Exception {
		answer.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", String.valueOf(DatabaseDown.RETRY_AFTER_SECONDS)))
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.title").value("Tạm thời không phục vụ được"))
			.andExpect(jsonPath("$.detail", containsString(UNAVAILABLE)));
	}

	private static void unavailablePage(ResultActions answer) throws Exception {
		answer.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(header().string("Retry-After", String.valueOf(DatabaseDown.RETRY_AFTER_SECONDS)))
			.andExpect(content().string(containsString("Tạm thời không phục vụ được")))
			.andExpect(content().string(containsString(UNAVAILABLE)));
	}

	@Test
	void aTokenSignedWriteIs503WhenTheDatabaseIsReadOnlyOrUnreachableAndSucceedsNext() throws Exception {
		Caller owner = adminCaller("db503.", "Người Thử Nghiệm");
		String bearer = "Bearer " + this.tokens.create(owner, "thử", 30).secret();
		long unit = unit();
		String cccd = cccd();
		unavailableProblem(
				DatabaseOutage.readOnly(() -> this.mvc.perform(newPerson(cccd, unit).header("Authorization", bearer))));
		unavailableProblem(DatabaseOutage
			.unreachable(() -> this.mvc.perform(newPerson(cccd, unit).header("Authorization", bearer))));
		assertThat(people(cccd)).isZero();
		this.mvc.perform(newPerson(cccd, unit).header("Authorization", bearer)).andExpect(status().isCreated());
		assertThat(people(cccd)).isOne();
	}

	@Test
	void anApiWriteThatReachesAReadOnlyDatabaseIs503AndWritesNothing() throws Exception {
		long unit = unit();
		String cccd = cccd();
		unavailableProblem(DatabaseOutage
			.readOnly(() -> this.mvc.perform(newPerson(cccd, unit).with(TestCallers.as(TestCallers.admin())))));
		assertThat(people(cccd)).isZero();
		assertThat(Rows.one(this.jdbc, Long.class,
				"select count(*) from audit_event where entity_type = 'Person' and after_state::text like '%' || :id || '%'",
				cccd))
			.isZero();
		this.mvc.perform(newPerson(cccd, unit).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isCreated());
	}

	@Test
	void httpBasicThatCannotReachTheDatabaseIs503NotUnauthorized() throws Exception {
		String username = admin("db503.", "Người Thử Nghiệm");
		long unit = unit();
		unavailableProblem(DatabaseOutage
			.unreachable(() -> this.mvc.perform(newPerson(cccd(), unit).with(httpBasic(username, PASSWORD)))));
		// the throttle's first step writes: a read-only database fails it the same way
		unavailableProblem(DatabaseOutage
			.readOnly(() -> this.mvc.perform(newPerson(cccd(), unit).with(httpBasic(username, PASSWORD)))));
		this.mvc.perform(newPerson(cccd(), unit).with(httpBasic(username, PASSWORD))).andExpect(status().isCreated());
	}

	@Test
	void aPageWriteThatReachesAReadOnlyDatabaseIsTheErrorPageWith503() throws Exception {
		String cccd = cccd();
		long unit = unit();
		unavailablePage(
				DatabaseOutage.readOnly(() -> this.mvc.perform(post("/people").with(TestCallers.as(TestCallers.admin()))
					.with(csrf())
					.param("fullName", "Lê Văn Sẵn")
					.param("birthDate", "1990-05-14")
					.param("sex", "MALE")
					.param("cccd", cccd)
					.param("workUnitId", String.valueOf(unit)))));
		assertThat(people(cccd)).isZero();
	}

	@Test
	void aPageThatCannotReachTheDatabaseIs503() throws Exception {
		unavailablePage(DatabaseOutage
			.unreachable(() -> this.mvc.perform(get("/people").with(TestCallers.as(TestCallers.admin())))));
		this.mvc.perform(get("/people").with(TestCallers.as(TestCallers.admin()))).andExpect(status().isOk());
	}

	@Test
	void aFormSignInThatCannotReachTheDatabaseIs503NotAWrongPassword() throws Exception {
		String username = admin("db503.", "Người Thử Nghiệm");
		unavailablePage(DatabaseOutage.unreachable(() -> this.mvc.perform(login(username, PASSWORD))));
	}

}
