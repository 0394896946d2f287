package vn.dangvu.platform.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's fragments rendered with the real bundles: fields bound to a form with errors
 * put there by {@link PageForms}, a filter bar and a list.
 */
class FragmentsRenderTest {

	/** As the application's: dates as pages show them (WebConfiguration). */
	private static final DefaultFormattingConversionService CONVERSION = new DefaultFormattingConversionService();

	static {
		CONVERSION.addConverter(new PageDateConverter());
	}

	@Test
	void formFieldsFiltersAndListRender() throws Exception {
		Form form = new Form();
		DirectFieldBindingResult binding = new DirectFieldBindingResult(form, "form");
		binding.initConversion(CONVERSION);
		PageForms.reject(binding, RuleViolationException.onField("name", "error.notFound"));
		PageForms.reject(binding, new RuleViolationException("error.validation"));
		Map<String, Object> model = new HashMap<>();
		model.put("form", form);
		model.put(BindingResult.MODEL_KEY_PREFIX + "form", binding);
		model.put("choices", List.of(Choice.of(1, "Một"), Choice.of(2, "Hai")));
		model.put("empty", List.of());

		String html = render("fragments-page", model).replaceAll("\\s+", " ");

		List<String> expected = Files.readAllLines(Path.of("src/test/resources/kit/fragments-page.expected"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.toList();
		assertThat(expected).hasSizeGreaterThan(15);
		expected.forEach((snippet) -> assertThat(html).contains(snippet));
		assertThat(html).as("no export without its address").doesNotContain("btn-outline-success");
		assertThat(html).as("the empty list shows no table")
			.doesNotContain("<div id=\"empty-list\"> <div class=\"table");
	}

	private static String render(String template, Map<String, Object> model) throws Exception {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver("src/test/resources/kit/", 1));
		engine.addTemplateResolver(resolver("src/main/resources/templates/", 2));
		engine.setTemplateEngineMessageSource(messages);
		engine.setEnableSpringELCompiler(false);
		MockServletContext servlet = new MockServletContext();
		GenericWebApplicationContext context = new GenericWebApplicationContext(servlet);
		context.getBeanFactory().registerSingleton("mvcConversionService", CONVERSION);
		context.getBeanFactory().registerSingleton("messageSource", messages);
		context.refresh();
		ThymeleafViewResolver views = new ThymeleafViewResolver();
		views.setTemplateEngine(engine);
		views.setApplicationContext(context);
		views.setCharacterEncoding("UTF-8");
		View view = views.resolveViewName(template, Locale.forLanguageTag("vi"));
		MockHttpServletRequest request = new MockHttpServletRequest(servlet);
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE,
				new FixedLocaleResolver(Locale.forLanguageTag("vi")));
		request.setAttribute(ConversionService.class.getName(), CONVERSION);
		MockHttpServletResponse response = new MockHttpServletResponse();
		view.render(model, request, response);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static FileTemplateResolver resolver(String prefix, int order) {
		FileTemplateResolver resolver = new FileTemplateResolver();
		resolver.setPrefix(prefix);
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	/** Fields read directly, as a DirectFieldBindingResult does. */
	static class Form {

		String name = "Chi bộ 1";

		String count;

		String note;

		String kind = "2";

		LocalDate day = LocalDate.of(2026, 12, 2);

		YearMonth month = YearMonth.of(2026, 3);

		boolean done;

	}

}
