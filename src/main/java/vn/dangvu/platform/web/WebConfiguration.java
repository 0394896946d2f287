package vn.dangvu.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/**
	 * Pages: the language chosen (cookie), else Vietnamese. The JSON API has no cookie:
	 * it answers in English only when {@code Accept-Language} asks for it first, else in
	 * Vietnamese.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("dangvu-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> {
			String accept = request.getHeader("Accept-Language");
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			return (api && accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
					: VIETNAMESE;
		});
		return resolver;
	}

	/**
	 * The one place that says how a page binds a date: dd/MM/yyyy (and MM/yyyy) whatever
	 * the browser's language, ISO still read from links. {@code ${{date}}} in a template
	 * prints the same way. JSON bodies (Jackson) and API parameters marked ISO are
	 * untouched.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new PageDateConverter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
