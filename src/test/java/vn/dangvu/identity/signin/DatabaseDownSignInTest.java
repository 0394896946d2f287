package vn.dangvu.identity.signin;

import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import vn.dangvu.identity.token.ApiTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database down, the API answers 503 "try again later", not 401 "not signed in":
 * the sign-in code runs against a PostgreSQL address where nothing listens, so every
 * look-up of an account or a token fails to connect, as it does when the server is gone.
 */
class DatabaseDownSignInTest {

	private final JdbcClient deadDatabase = JdbcClient
		.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/dangvu?connectTimeout=2", "x", "x"));

	private final ProblemResponses problems;

	DatabaseDownSignInTest() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.problems = new ProblemResponses(messages, JsonMapper.builder().build());
	}

	private static <T> T construct(Class<T> type, Class<?>[] types, Object... args) throws Exception {
		Constructor<T> c = type.getDeclaredConstructor(types);
		c.setAccessible(true);
		return c.newInstance(args);
	}

	private AccountPrincipals accounts() throws Exception {
		return construct(AccountPrincipals.class, new Class<?>[] { JdbcClient.class }, this.deadDatabase);
	}

	private static void assertUnavailable(MockHttpServletResponse res) throws Exception {
		assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(503);
		assertThat(res.getContentType()).startsWith("application/problem+json");
		assertThat(res.getHeaders("WWW-Authenticate")).isEmpty();
		String detail = JsonPath.read(res.getContentAsString(), "$.detail");
		assertThat(detail).contains("cơ sở dữ liệu");
	}

	@Test
	void httpBasicWithTheDatabaseDownIs503NotUnauthorized() throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts());
		BasicAuthenticationFilter filter = new BasicAuthenticationFilter(new ProviderManager(provider), this.problems);
		MockHttpServletRequest req = new MockHttpServletRequest("GET", "/api/v1/units");
		req.addHeader("Authorization",
				"Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8)));
		MockHttpServletResponse res = new MockHttpServletResponse();
		filter.doFilter(req, res, new MockFilterChain());
		assertUnavailable(res);
	}

	@Test
	void anApiTokenWithTheDatabaseDownIs503NotAServerError() throws Exception {
		ApiTokens tokens = construct(ApiTokens.class,
				new Class<?>[] { JdbcClient.class, org.springframework.context.ApplicationEventPublisher.class,
						AccountPrincipals.class },
				this.deadDatabase, (org.springframework.context.ApplicationEventPublisher) (e) -> {
				}, accounts());
		ApiTokenFilter filter = new ApiTokenFilter(tokens, this.problems);
		MockHttpServletRequest req = new MockHttpServletRequest("GET", "/api/v1/units");
		req.addHeader("Authorization", "Bearer " + ApiTokens.newSecret());
		MockHttpServletResponse res = new MockHttpServletResponse();
		filter.doFilter(req, res, new MockFilterChain());
		assertUnavailable(res);
	}

}
