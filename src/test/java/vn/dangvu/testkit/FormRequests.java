package vn.dangvu.testkit;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Form posts of the pages as a caller, with the CSRF token a browser sends. */
public final class FormRequests {

	private FormRequests() {
	}

	/**
	 * A POST of these form fields, given as name, value pairs, signed in as the caller.
	 */
	public static MockHttpServletRequestBuilder postForm(Caller caller, String url, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values come in pairs");
		}
		MockHttpServletRequestBuilder request = post(url);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return request.with(TestCallers.as(caller)).with(csrf());
	}

}
