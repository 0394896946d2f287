package vn.dangvu.identity.signin;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.PortMapper;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import vn.dangvu.identity.token.ApiTokens;

/**
 * Two filter chains: {@code /api/**} stateless with personal API tokens or HTTP Basic and
 * problem+json errors; everything else with the login form, a session and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Open to anyone: the sign-in page, static files, the API description, and the
	 * installed app's manifest and service worker (fetched without credentials, decision
	 * 0228).
	 */
	static final String[] PUBLIC_PAGES = { "/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
			"/manifest.webmanifest", "/sw.js", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	/**
	 * Sent with the answer to signing out: the browser deletes what the member's phone
	 * page kept for reading offline (the service worker's caches and registration, the
	 * HTTP cache), so the next person on a shared phone cannot read it (decision 0228).
	 */
	static final String CLEAR_SITE_DATA = "\"cache\", \"storage\"";

	/**
	 * Pages run only the application's own scripts: no inline script or handler, no eval
	 * (decision 0168). Inline style attributes stay allowed; Chart.js and Bootstrap set
	 * styles from script, and the templates use a few style attributes.
	 */
	static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * TLS ends at the proxy, on the standard port, whatever port the application listens
	 * on.
	 */
	private static final PortMapper STANDARD_HTTPS = new PortMapper() {

		@Override
		public Integer lookupHttpPort(Integer httpsPort) {
			return 80;
		}

		@Override
		public Integer lookupHttpsPort(Integer httpPort) {
			return 443;
		}

	};

	private final boolean requireHttps;

	SecurityConfiguration(@Value("${dangvu.security.require-https:false}") boolean requireHttps) {
		this.requireHttps = requireHttps;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * One manager for the form and HTTP Basic, throttling failed sign-ins (decision 0167)
	 * and publishing Spring Security's authentication events.
	 */
	@Bean
	AuthenticationManager authenticationManager(AccountPrincipals accounts, PasswordEncoder encoder,
			ApplicationEventPublisher publisher, LoginAttempts attempts) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottledSignIn(provider, attempts));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
		return manager;
	}

	/**
	 * {@code /actuator/**}: health open to load balancers, the Prometheus metrics to an
	 * administrator only (HTTP Basic or a personal API token, as the API), the rest
	 * closed.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager manager, MessageSource messages,
			JsonMapper json, ApiTokens tokens) throws Exception {
		ProblemResponses problems = new ProblemResponses(messages, json);
		http.securityMatcher("/actuator/**")
			.authenticationManager(manager)
			.authorizeHttpRequests((a) -> a.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasRole("ADMIN")
				.anyRequest()
				.denyAll())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((c) -> c.disable())
			.csrf((c) -> c.disable())
			.httpBasic((b) -> b.authenticationEntryPoint(problems))
			.exceptionHandling((e) -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
		secure(http, API_CSP, ReferrerPolicy.NO_REFERRER);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, MessageSource messages,
			JsonMapper json, ApiTokens tokens) throws Exception {
		ProblemResponses problems = new ProblemResponses(messages, json);
		http.securityMatcher("/api/**")
			.authenticationManager(manager)
			.authorizeHttpRequests((a) -> a.anyRequest().authenticated())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((c) -> c.disable())
			.csrf((c) -> c.disable())
			.httpBasic((b) -> b.authenticationEntryPoint(problems))
			.exceptionHandling((e) -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new ApiRequestGuard(problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
		secure(http, API_CSP, ReferrerPolicy.NO_REFERRER);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager manager, LoginAttempts attempts)
			throws Exception {
		http.authenticationManager(manager)
			.authorizeHttpRequests((a) -> a.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/accounts", "/accounts/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((f) -> f.loginPage("/login")
				.permitAll()
				.defaultSuccessUrl("/", false)
				.failureHandler(new LoginFailureHandler(attempts)))
			.logout((l) -> l.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.addLogoutHandler(
						(request, response, authentication) -> response.setHeader("Clear-Site-Data", CLEAR_SITE_DATA))
				.permitAll());
		secure(http, PAGE_CSP, ReferrerPolicy.SAME_ORIGIN);
		return http.build();
	}

	/**
	 * Response headers of both chains and, behind a TLS proxy with
	 * {@code DANGVU_REQUIRE_HTTPS=true}, a redirect of every plain-HTTP request to https
	 * except the health checks a load balancer makes (decision 0169).
	 */
	private void secure(HttpSecurity http, String csp, ReferrerPolicy referrer) throws Exception {
		http.headers((h) -> h.contentSecurityPolicy((c) -> c.policyDirectives(csp))
			.referrerPolicy((r) -> r.policy(referrer))
			.permissionsPolicyHeader((p) -> p.policy(PERMISSIONS_POLICY)));
		if (this.requireHttps) {
			http.portMapper((p) -> p.portMapper(STANDARD_HTTPS));
			http.redirectToHttps((r) -> r.requestMatchers(new NegatedRequestMatcher(
					PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**"))));
		}
	}

}
