package vn.dangvu.identity.security;

import tools.jackson.databind.json.JsonMapper;

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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

import vn.dangvu.identity.domain.AccountPrincipals;
import vn.dangvu.identity.domain.ApiTokens;
import vn.dangvu.identity.domain.LoginAttempts;

/**
 * Two filter chains: {@code /api/**} stateless with personal API tokens or HTTP Basic and
 * problem+json errors; everything else with the login form, a session and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
			"/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
			"/actuator/health/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * One manager for the form and HTTP Basic, publishing the events that count failed
	 * sign-ins.
	 */
	@Bean
	AuthenticationManager authenticationManager(AccountPrincipals accounts, PasswordEncoder encoder,
			ApplicationEventPublisher publisher) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
		return manager;
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
			.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
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
			.logout((l) -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

}
