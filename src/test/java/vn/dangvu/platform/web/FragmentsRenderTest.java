package vn.dangvu.platform.web;

import java.nio.charset.StandardCharsets;
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
import org.springframework.validation.BeanPropertyBindingResult;
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
		form.setName("Chi bộ 1");
		form.setDay(LocalDate.of(2026, 12, 2));
		form.setMonth(YearMonth.of(2026, 3));
		form.setKind("2");
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");
		binding.initConversion(CONVERSION);
		PageForms.reject(binding, RuleViolationException.onField("name", "error.notFound"));
		PageForms.reject(binding, new RuleViolationException("error.validation"));
		Map<String, Object> model = new HashMap<>();
		model.put("form", form);
		model.put(BindingResult.MODEL_KEY_PREFIX + "form", binding);
		model.put("choices", List.of(Choice.of(1, "Một"), Choice.of(2, "Hai")));
		model.put("empty", List.of());

		String html = render("fragments-page", model).replaceAll("\\s+", " ");

		assertThat(html).as("a global refusal").contains("<div class=\"alert alert-danger\" role=\"alert\"> <div>"
				+ "Dữ liệu gửi lên chưa hợp lệ; xem lỗi của từng trường.</div>");
		assertThat(html).as("a text field with its label, hint and refusal")
			.contains("<label for=\"name\" class=\"form-label\"> <span>Tìm kiếm</span> "
					+ "<span class=\"text-danger\">(bắt buộc)</span></label>")
			.contains("<input type=\"text\" class=\"form-control form-control-lg is-invalid\" "
					+ "aria-describedby=\"name-hint\" id=\"name\" name=\"name\" value=\"Chi bộ 1\">")
			.contains("<div id=\"name-hint\" class=\"form-text\">ngày/tháng/năm</div>")
			.contains("<div class=\"invalid-feedback\">Không tìm thấy địa chỉ hoặc bản ghi được yêu cầu.</div>");
		assertThat(html).as("a number field, no hint, no error")
			.contains("<input type=\"text\" class=\"form-control form-control-lg\" inputmode=\"numeric\" "
					+ "id=\"count\" name=\"count\" value=\"\">")
			.contains("<textarea rows=\"4\" class=\"form-control form-control-lg\" id=\"note\" name=\"note\">");
		assertThat(html).as("a choice keeps the bound value")
			.contains("<option value=\"\">—</option> <option value=\"1\">Một</option> "
					+ "<option value=\"2\" selected=\"selected\">Hai</option>");
		assertThat(html).as("a day and a month with their pickers, shown as people write them")
			.contains("<input type=\"text\" data-date-input=\"day\" placeholder=\"ngày/tháng/năm\" "
					+ "inputmode=\"numeric\" autocomplete=\"off\" class=\"form-control form-control-lg\" "
					+ "id=\"day\" name=\"day\" value=\"02/12/2026\">")
			.contains("data-date-input=\"month\" placeholder=\"tháng/năm\"")
			.contains("id=\"month\" name=\"month\" value=\"03/2026\">");
		assertThat(html).as("a checkbox labelled for its own id")
			.contains("<input type=\"checkbox\" class=\"form-check-input\" id=\"done1\" name=\"done\" "
					+ "value=\"true\">")
			.contains("<label class=\"form-check-label\" for=\"done1\">Có</label>");
		assertThat(html).as("the submit bar")
			.contains("<span>Lưu</span></button> <a class=\"btn btn-outline-secondary btn-lg\" href=\"/back\">"
					+ "Hủy</a>");
		assertThat(html).as("the filter bar")
			.contains("<input id=\"q\" name=\"q\" class=\"form-control form-control-lg\" value=\"abc\">")
			.contains("<select id=\"kind\" name=\"kind\" class=\"form-select form-select-lg\"> "
					+ "<option value=\"\">—</option> <option value=\"1\">Một</option> "
					+ "<option value=\"2\" selected=\"selected\">Hai</option>")
			.contains("<div class=\"alert alert-danger mt-3 mb-0\" role=\"alert\">Sai ngày</div>")
			.contains("<a class=\"btn btn-link btn-lg\" href=\"/list\">Xóa lọc</a>")
			.doesNotContain("btn-outline-success");
		assertThat(html).as("an empty list and a full one")
			.contains("<div id=\"empty-list\"> <div class=\"alert alert-info\" role=\"status\">Chưa có dữ liệu.</div> </div>")
			.contains("<div id=\"full-list\"> <div class=\"table-responsive\"><table id=\"rows-table\" "
					+ "class=\"table\"><tbody><tr><td>Một</td></tr><tr><td>Hai</td></tr></tbody></table></div>");
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

	public static class Form {

		private String name;

		private String count;

		private String note;

		private String kind;

		private LocalDate day;

		private YearMonth month;

		private boolean done;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getCount() {
			return this.count;
		}

		public void setCount(String count) {
			this.count = count;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public LocalDate getDay() {
			return this.day;
		}

		public void setDay(LocalDate day) {
			this.day = day;
		}

		public YearMonth getMonth() {
			return this.month;
		}

		public void setMonth(YearMonth month) {
			this.month = month;
		}

		public boolean isDone() {
			return this.done;
		}

		public void setDone(boolean done) {
			this.done = done;
		}

	}

}
