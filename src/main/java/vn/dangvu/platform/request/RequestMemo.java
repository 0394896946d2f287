package vn.dangvu.platform.request;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers a read for the rest of one page request, so that a page asking the same
 * question several times (the caller's scope, a rule's versions, the working-day
 * calendar, a member's status) reaches the database once. Only for GET and HEAD requests,
 * which write nothing: a form post, a job, a test calling a service directly always reads
 * afresh. Nothing outlives the request, so every node of a cluster stays correct without
 * invalidation (decision 0191).
 */
public final class RequestMemo {

	private static final String ATTRIBUTE = RequestMemo.class.getName();

	private RequestMemo() {
	}

	/**
	 * The value remembered under the key in this GET request, or the supplier's answer
	 * (remembered when in a GET request). Keys must say what the value is and of what,
	 * e.g. {@code List.of("rule.history", key)}; values must be immutable.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(Object key, Supplier<T> read) {
		Map<Object, Object> memo = memo();
		if (memo == null) {
			return read.get();
		}
		if (memo.containsKey(key)) {
			return (T) memo.get(key);
		}
		T value = read.get();
		memo.put(key, value);
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<Object, Object> memo() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		Object memo = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (memo == null) {
			memo = new HashMap<>();
			attributes.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<Object, Object>) memo;
	}

}
