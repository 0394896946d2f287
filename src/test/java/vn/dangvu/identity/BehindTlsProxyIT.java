package vn.dangvu.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy ({@code DANGVU_FORWARD_HEADERS=native},
 * {@code DANGVU_REQUIRE_HTTPS=true}): the session cookie is {@code Secure} on requests
 * the proxy received over https, and a request it received over plain http is redirected
 * to https, except the health check (issue 9, item 15; decision 0169). A real Tomcat,
 * since the proxy headers are read by its RemoteIpValve.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "DANGVU_FORWARD_HEADERS=native", "DANGVU_REQUIRE_HTTPS=true" })
@ActiveProfiles("test")
class BehindTlsProxyIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSessionCookieIsSecureWhenTheProxySpeaksHttps() throws Exception {
		HttpResponse<String> login = get("/login", "https");
		assertThat(login.statusCode()).isEqualTo(200);
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((c) -> assertThat(c).startsWith("SESSION=")
			.containsIgnoringCase("Secure")
			.containsIgnoringCase("HttpOnly"));
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(login.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'"));
	}

	@Test
	void plainHttpIsRedirectedToHttpsButTheHealthCheckIsNot() throws Exception {
		HttpResponse<String> plain = get("/login", "http");
		assertThat(plain.statusCode()).isBetween(301, 308);
		assertThat(plain.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).startsWith("https://localhost").endsWith("/login"));
		HttpResponse<String> api = get("/api/v1/me", null);
		assertThat(api.statusCode()).isBetween(301, 308);
		assertThat(get("/actuator/health", "http").statusCode()).isEqualTo(200);
	}

}
