package vn.dangvu.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.identity.account.Accounts;
import vn.dangvu.identity.signin.LoginAttempts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Wrong passwords slow down the guesser with growing delays instead of locking the owner
 * out, and read the same for unknown usernames (issue 9, item 13; decision 0167). Time is
 * moved by shifting the recorded failures back, never by sleeping.
 */
@IntegrationTest
class SignInThrottleIntegrationTest extends SignInTestBase {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	Accounts accounts;

	@Autowired
	LoginAttempts attempts;

	private String newAccount() {
		return admin("thr.", "Người Thử Chặn");
	}

	/** A client address no other test uses. */
	private static String address() {
		int n = ADDRESSES.incrementAndGet();
		return "10.167." + (n / 250) + "." + (n % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcResult signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(login(username, password).with(from(address))).andReturn();
	}

	/** As if the recorded failures of this username had happened an hour earlier. */
	private void anHourPasses(String username, String... kinds) {
		this.jdbc
			.sql("update login_throttle set last_failure_at = last_failure_at - interval '1 hour' "
					+ "where kind in (:kinds) and (key_value = :u or key_value like :p)")
			.param("kinds", List.of(kinds))
			.param("u", username)
			.param("p", username + " %")
			.update();
	}

	/** The wait alert of the login page the failed sign-in redirected to. */
	private String waitMessage(MvcResult result) throws Exception {
		Matcher alert = Pattern.compile("id=\"login-wait\"[^>]*>([^<]*)<").matcher(pageText(result));
		assertThat(alert.find()).as("the login page shows a wait").isTrue();
		return alert.group(1).trim();
	}

	private String pageText(MvcResult result) throws Exception {
		Cookie session = result.getResponse().getCookie("SESSION");
		var request = get(result.getResponse().getRedirectedUrl());
		if (session != null) {
			request.cookie(session);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theGuessersAddressIsSlowedButTheOwnerSignsInFromTheirOwn() throws Exception {
		String username = newAccount();
		String guesser = address();
		for (int i = 0; i < 10; i++) {
			signIn(username, "wrong-" + i, guesser);
			anHourPasses(username, "ACCOUNT", "PAIR");
		}
		MvcResult eleventh = signIn(username, "wrong-11", guesser);
		assertThat(eleventh.getResponse().getRedirectedUrl()).isEqualTo("/login?wait");
		// 11 failures from one address: 32 s (less the time the last check took)
		assertThat(waitMessage(eleventh)).matches(".*Vui lòng đợi (2\\d|3[0-2]) giây.*");
		// the guesser's next try is refused whatever the password, without checking it
		this.mvc.perform(login(username, PASSWORD).with(from(guesser)))
			.andExpect(redirectedUrl("/login?wait"))
			.andExpect(unauthenticated());
		// the owner, elsewhere, is let in at once (the account's own allowance is 10)
		anHourPasses(username, "ACCOUNT");
		this.mvc.perform(login(username, PASSWORD).with(from(address())))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
		assertThat(this.jdbc
			.sql("select action from audit_event where entity_type = 'Account' and entity_id = "
					+ "(select id::text from account where username = :u) and action = 'LOGIN_FAILED'")
			.param("u", username)
			.query(String.class)
			.list()).hasSize(11);
	}

	@Test
	void guessingFromManyAddressesDelaysTheAccountOnlyBriefly() throws Exception {
		String username = newAccount();
		for (int i = 0; i < 18; i++) {
			signIn(username, "wrong-" + i, address());
			if (i < 17) {
				anHourPasses(username, "ACCOUNT", "PAIR");
			}
		}
		Duration wait = this.attempts.waitFor(username, address(), Instant.now());
		assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
		String owner = address();
		assertThat(signIn(username, PASSWORD, owner).getResponse().getRedirectedUrl()).isEqualTo("/login?wait");
		anHourPasses(username, "ACCOUNT");
		this.mvc.perform(login(username, PASSWORD).with(from(owner)))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
		assertThat(this.attempts.waitFor(username, address(), Instant.now())).isZero();
	}

	@Test
	void anUnknownUsernameIsAnsweredExactlyLikeAnExistingOne() throws Exception {
		String existing = newAccount();
		String unknown = "thr." + UUID.randomUUID().toString().substring(0, 12);
		List<String> existingAnswers = new ArrayList<>();
		List<String> unknownAnswers = new ArrayList<>();
		String a = address();
		String b = address();
		for (int i = 0; i < 5; i++) {
			existingAnswers.add(signIn(existing, "wrong-" + i, a).getResponse().getRedirectedUrl());
			unknownAnswers.add(signIn(unknown, "wrong-" + i, b).getResponse().getRedirectedUrl());
		}
		assertThat(existingAnswers).containsOnly("/login?error").isEqualTo(unknownAnswers);
		// many recent failures on both names: both are told the same wait
		this.jdbc
			.sql("update login_throttle set failures = 16, last_failure_at = now() where kind = 'ACCOUNT' "
					+ "and key_value in (:names)")
			.param("names", List.of(existing, unknown))
			.update();
		MvcResult toExisting = signIn(existing, PASSWORD, a);
		MvcResult toUnknown = signIn(unknown, PASSWORD, b);
		assertThat(toExisting.getResponse().getRedirectedUrl()).isEqualTo("/login?wait")
			.isEqualTo(toUnknown.getResponse().getRedirectedUrl());
		String existingMessage = waitMessage(toExisting).replaceAll("\\d+ giây", "N giây");
		String unknownMessage = waitMessage(toUnknown).replaceAll("\\d+ giây", "N giây");
		assertThat(existingMessage).contains("Vui lòng đợi N giây").isEqualTo(unknownMessage);
	}

	@Test
	void httpBasicIsThrottledTooAndAnAdministratorCanLiftTheWait() throws Exception {
		String username = newAccount();
		String guesser = address();
		this.jdbc.sql(
				"insert into login_throttle (kind, key_value, failures, last_failure_at) values ('PAIR', :k, 20, now())")
			.param("k", username + " " + guesser)
			.update();
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from(guesser)))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Vui lòng đợi")));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from(address())))
			.andExpect(status().isOk());
		long id = this.identity.findByUsername(username).orElseThrow().id();
		this.accounts.unlock(id);
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from(guesser)))
			.andExpect(status().isOk());
	}

	@Test
	void theAccountPageOffersToClearTheWaitOnceASignInFailed() throws Exception {
		String username = newAccount();
		long id = this.identity.findByUsername(username).orElseThrow().id();
		this.mvc.perform(get("/accounts/" + id).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/accounts/" + id + "/unlock"))));
		signIn(username, "wrong-1", address());
		this.mvc.perform(get("/accounts/" + id).with(TestCallers.as(TestCallers.admin())))
			.andExpect(content().string(containsString("/accounts/" + id + "/unlock")));
	}

}
