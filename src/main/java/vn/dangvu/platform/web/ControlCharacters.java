package vn.dangvu.platform.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import vn.dangvu.platform.error.BadParameterException;
import vn.dangvu.platform.text.PlainText;

/**
 * No request carries a control character (a NUL above all) into the application: every
 * query or form parameter and every text in a JSON body is checked once, here, and a
 * refusal is a 400 on the field at fault (problem+json on the API, the error page on
 * pages). Tab and line breaks stay allowed for multi-line text.
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * Query and form parameters (multipart forms included), before the handler runs. A
	 * list parameter of numbers or enum values ({@code person=1,2}) must not hold a blank
	 * item: Spring's binder, when it cannot convert {@code " "} or {@code "1,,2"}, falls
	 * back to property editors that make a {@code null} element of it (the
	 * NullPointerException of {@code /membership/youth/mature person=%20}).
	 */
	static final class Parameters implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
				if (PlainText.hasControl(p.getKey())) {
					throw BadParameterException.controlIn("?");
				}
				for (String value : p.getValue()) {
					if (PlainText.hasControl(value)) {
						throw BadParameterException.controlIn(p.getKey());
					}
				}
			}
			if (handler instanceof HandlerMethod method) {
				for (MethodParameter parameter : method.getMethodParameters()) {
					checkListItems(request, parameter);
				}
			}
			return true;
		}

		private static void checkListItems(HttpServletRequest request, MethodParameter parameter) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param == null || !(Collection.class.isAssignableFrom(type) || type.isArray())) {
				return;
			}
			ResolvableType resolvable = ResolvableType.forMethodParameter(parameter);
			Class<?> item = type.isArray() ? type.getComponentType() : resolvable.asCollection().resolveGeneric(0);
			if (item == null || item == String.class || item == Object.class
					|| MultipartFile.class.isAssignableFrom(item) || Part.class.isAssignableFrom(item)) {
				return;
			}
			String name = StringUtils.hasLength(param.name()) ? param.name() : parameter.getParameterName();
			String[] values = (name != null) ? request.getParameterValues(name) : null;
			if (values == null || (values.length == 1 && values[0].isEmpty())) {
				return;
			}
			for (String value : values) {
				for (String piece : value.split(",", -1)) {
					if (piece.isBlank()) {
						throw BadParameterException.blankItemIn(name);
					}
				}
			}
		}

	}

	/**
	 * Texts of a JSON body, wherever they sit (records, maps, lists), once Jackson has
	 * read it; the field is named by its JSON path ({@code actions[0].note}).
	 */
	@ControllerAdvice
	static final class Bodies extends RequestBodyAdviceAdapter {

		private static final int MAX_DEPTH = 8;

		@Override
		public boolean supports(MethodParameter methodParameter, Type targetType,
				Class<? extends HttpMessageConverter<?>> converterType) {
			return true;
		}

		@Override
		public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
				Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
			check(body, "", 0);
			return body;
		}

		static void check(Object value, String path, int depth) {
			if (value == null || depth > MAX_DEPTH) {
				return;
			}
			if (value instanceof CharSequence text) {
				if (PlainText.hasControl(text.toString())) {
					throw BadParameterException.controlInBody(path.isEmpty() ? "body" : path);
				}
			}
			else if (value instanceof Map<?, ?> map) {
				for (Map.Entry<?, ?> e : map.entrySet()) {
					String key = String.valueOf(e.getKey());
					String at = path.isEmpty() ? key : path + "." + key;
					if (PlainText.hasControl(key)) {
						throw BadParameterException.controlInBody(path.isEmpty() ? "body" : path);
					}
					check(e.getValue(), at, depth + 1);
				}
			}
			else if (value instanceof Collection<?> items) {
				int i = 0;
				for (Object item : items) {
					check(item, path + "[" + i++ + "]", depth + 1);
				}
			}
			else if (value instanceof Object[] items) {
				for (int i = 0; i < items.length; i++) {
					check(items[i], path + "[" + i + "]", depth + 1);
				}
			}
			else if (value.getClass().isRecord()) {
				for (RecordComponent c : value.getClass().getRecordComponents()) {
					Object v;
					try {
						c.getAccessor().setAccessible(true);
						v = c.getAccessor().invoke(value);
					}
					catch (ReflectiveOperationException | RuntimeException ex) {
						continue;
					}
					check(v, path.isEmpty() ? c.getName() : path + "." + c.getName(), depth + 1);
				}
			}
		}

	}

}
