package vn.dangvu.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
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

	/**
	 * Static files only under their own prefixes, instead of Spring Boot's {@code /**}
	 * (switched off by {@code spring.web.resources.add-mappings=false}). With the
	 * resource chain on (webjars without versions), every link Thymeleaf writes passes
	 * through {@code ResourceUrlProvider}; under {@code /**} each one —
	 * {@code /people/12}, {@code /membership/admissions/5} — was looked up on the class
	 * path, uncached because it is never found: three quarters of the CPU of a page
	 * (decision 0192).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
	}

	static final List<String> STATIC_FOLDERS = List.of("css", "js", "images");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
