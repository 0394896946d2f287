package vn.dangvu.platform.session;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Page sessions (Spring Session JDBC) without a database write and a second load on every
 * request (issue 8, decision 0278). Spring Session marks a session changed whenever a
 * request reads it, because it stamps the last access; so every page ended with an
 * {@code UPDATE spring_session} (a committed, flushed write) and then loaded the session
 * again to check the id it had just saved. Here the repository is wrapped:
 * <ul>
 * <li>a loaded session writes its last access back only when it moved by at least
 * {@code dangvu.session.touch-every} (one minute): the 30-minute timeout then counts from
 * a moment at most that much earlier than the last request;</li>
 * <li>the session saved at the end of a request is remembered until the request ends, so
 * the filter's check of it does not read it again (the memo is dropped by
 * {@link RequestMemo}, which runs outside the session filter).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class QuietSessions {

	/** The session saved by this request's thread, until the request ends. */
	private static final ThreadLocal<Session> SAVED = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor quietSessionRepository(@Value("${dangvu.session.touch-every:PT1M}") Duration touchEvery) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcIndexedSessionRepository)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice(new Quiet(touchEvery));
				return proxy.getProxy(bean.getClass().getClassLoader());
			}
		};
	}

	@Bean
	FilterRegistrationBean<RequestMemo> sessionRequestMemo() {
		FilterRegistrationBean<RequestMemo> registration = new FilterRegistrationBean<>(new RequestMemo());
		// outside Spring Session's filter (Integer.MIN_VALUE + 50), whose commit reads
		// the
		// memo
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/** The repository's loads and saves, seen through {@link KeptSession}. */
	private record Quiet(Duration touchEvery) implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			String method = invocation.getMethod().getName();
			Object[] arguments = invocation.getArguments();
			if ("findById".equals(method) && arguments.length == 1 && arguments[0] instanceof String id) {
				Session saved = SAVED.get();
				if (saved != null && saved.getId().equals(id)) {
					return saved;
				}
				Object found = invocation.proceed();
				return (found instanceof Session session) ? new KeptSession(session, this.touchEvery) : null;
			}
			if ("save".equals(method) && arguments.length == 1 && arguments[0] instanceof Session session) {
				Session stored = (session instanceof KeptSession kept) ? kept.stored() : session;
				arguments[0] = stored;
				Object result = invocation.proceed();
				SAVED.set(session);
				return result;
			}
			if ("deleteById".equals(method)) {
				SAVED.remove();
			}
			return invocation.proceed();
		}

	}

	/**
	 * Forgets the session remembered by the request, however it ends, on every dispatch
	 * (an error page's dispatch saves the session too). A nested dispatch forgets it
	 * early, which costs one load, never a stale session.
	 */
	static final class RequestMemo implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				SAVED.remove();
			}
		}

	}

}
