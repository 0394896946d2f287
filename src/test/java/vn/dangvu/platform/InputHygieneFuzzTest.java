package vn.dangvu.platform;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint (page forms and the JSON API, found in the handler mappings) against the
 * input issue 9 still found 500s with: a NUL, whitespace only, and enum values in lower
 * case, in every path variable, every request parameter the handler declares (and those a
 * form object binds) and every field of a JSON body. No answer is a server error and
 * nothing is written (no audit event appears).
 */
@IntegrationTest
class InputHygieneFuzzTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	/** Names the page forms use that no handler parameter declares (bound by hand). */
	private static final List<String> COMMON = List.of("id", "unitId", "unit", "personId", "person", "kind", "type",
			"status", "method", "category", "step", "purpose", "date", "month", "year", "name", "fullName", "code",
			"citation", "implementsCitation", "source", "note", "reason", "title", "summary", "q", "lines", "value",
			"key", "validFrom", "amount", "version", "unitIds", "personIds");

	enum Variant {

		NUL, BLANK, LOWERCASE

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noEndpointAnswersAServerErrorToNulBlankOrLowercaseInput() throws Exception {
		List<String> failures = new ArrayList<>();
		List<String> writes = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			HttpMethod method = methods.contains(RequestMethod.POST) ? HttpMethod.POST
					: methods.contains(RequestMethod.PATCH) ? HttpMethod.PATCH
							: methods.contains(RequestMethod.PUT) ? HttpMethod.PUT
									: methods.contains(RequestMethod.DELETE) ? HttpMethod.DELETE : HttpMethod.GET;
			for (String pattern : e.getKey().getPatternValues()) {
				if (pattern.startsWith("/error") || pattern.contains("api-docs") || pattern.contains("swagger")) {
					continue;
				}
				for (Variant variant : Variant.values()) {
					MockHttpServletRequestBuilder req = build(method, pattern, e.getValue(), variant);
					long before = audits();
					int status;
					try {
						status = this.mvc.perform(req).andReturn().getResponse().getStatus();
					}
					catch (Exception ex) {
						status = 599;
					}
					requests++;
					if (status >= 500) {
						failures.add(status + " " + method + " " + pattern + " (" + variant + ")");
					}
					if (audits() != before) {
						writes.add(method + " " + pattern + " (" + variant + ")");
					}
				}
			}
		}
		System.out.printf("InputHygieneFuzzTest: %d requests, %d server errors, %d writes%n", requests, failures.size(),
				writes.size());
		assertThat(requests).as("requests sent").isGreaterThan(300);
		assertThat(failures).as("server errors (5xx from the fuzzer)").isEmpty();
		assertThat(writes).as("written from NUL, blank or lowercase input").isEmpty();
	}

	private MockHttpServletRequestBuilder build(HttpMethod method, String pattern, HandlerMethod handler,
			Variant variant) throws Exception {
		String url = fill(pattern, handler, variant);
		MockHttpServletRequestBuilder req = request(method, URI.create(url)).with(TestCallers.as(TestCallers.admin()))
			.with(csrf());
		Set<String> names = new LinkedHashSet<>();
		Object body = null;
		for (MethodParameter p : handler.getMethodParameters()) {
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = StringUtils.hasLength(param.name()) ? param.name() : p.getParameterName();
				if (name != null && !Map.class.isAssignableFrom(p.getParameterType())) {
					req.param(name, value(p.getParameterType(), variant));
					names.add(name);
				}
			}
			else if (p.hasParameterAnnotation(RequestBody.class)) {
				body = body(p.getParameterType(), variant);
			}
			else if (!p.hasParameterAnnotation(PathVariable.class) && isFormObject(p.getParameterType())) {
				for (var pd : BeanUtils.getPropertyDescriptors(p.getParameterType())) {
					if (pd.getWriteMethod() != null) {
						req.param(pd.getName(), value(pd.getPropertyType(), variant));
						names.add(pd.getName());
					}
				}
				if (p.getParameterType().isRecord()) {
					for (RecordComponent c : p.getParameterType().getRecordComponents()) {
						req.param(c.getName(), value(c.getType(), variant));
						names.add(c.getName());
					}
				}
			}
		}
		if (!url.startsWith("/api/")) {
			for (String name : COMMON) {
				if (names.add(name)) {
					req.param(name, value(String.class, variant));
				}
			}
		}
		if (body != null) {
			req.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
		}
		return req;
	}

	private static boolean isFormObject(Class<?> type) {
		return type.getName().startsWith("vn.dangvu.") && !type.isEnum() && !type.isInterface();
	}

	private Object body(Class<?> type, Variant variant) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent c : type.getRecordComponents()) {
				body.put(c.getName(), value(c.getType(), variant));
			}
		}
		else {
			for (String name : COMMON) {
				body.put(name, value(String.class, variant));
			}
		}
		return body;
	}

	private static String value(Class<?> type, Variant variant) {
		return switch (variant) {
			case NUL -> "1\u0000";
			case BLANK -> " \t ";
			case LOWERCASE -> type.isEnum() ? lowercaseConstant(type) : (type == String.class ? "party"
					: (Number.class.isAssignableFrom(type) || type.isPrimitive()) ? "1,,2" : "cell");
		};
	}

	private static String lowercaseConstant(Class<?> type) {
		Object[] constants = type.getEnumConstants();
		return (constants.length == 0) ? "x" : ((Enum<?>) constants[0]).name().toLowerCase();
	}

	private static String fill(String pattern, HandlerMethod handler, Variant variant) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String value = switch (variant) {
				case NUL -> "9%00";
				case BLANK -> "%20";
				case LOWERCASE -> "party";
			};
			m.appendReplacement(sb, Matcher.quoteReplacement(value));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	private long audits() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

}
