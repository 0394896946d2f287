package vn.dangvu.testkit;

import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Form posts of the pages as a caller, with the CSRF token a browser sends. */
public final class FormRequests {

	private FormRequests() {
	}

	/**
	 * A POST of these form fields, given as name, value pairs, signed in as the caller.
	 */
	public static MockHttpServletRequestBuilder postForm(Caller caller, String url, String... namesAndValues) {
		return signedForm(post(url), caller, namesAndValues);
	}

	/**
	 * The same as a multipart form (a page form that can carry files), without files.
	 */
	public static MockMultipartHttpServletRequestBuilder multipartForm(Caller caller, String url,
			String... namesAndValues) {
		return signedForm(multipart(url), caller, namesAndValues);
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B signedForm(B request, Caller caller,
			String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values come in pairs");
		}
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		request.with(TestCallers.as(caller));
		request.with(csrf());
		return request;
	}

}
