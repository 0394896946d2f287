package vn.dangvu.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of the layout ({@code ${@languageLinks.to('en')}}): the page the
 * person is on, with its query (search words, filters, month, page) kept and only
 * {@code lang} replaced, so switching language never drops the page's state.
 */
@Component("languageLinks")
public class LanguageLinks {

	public String to(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + language;
		}
		HttpServletRequest request = attributes.getRequest();
		// a re-rendered form answers a POST: its address is not a page to fetch again
		String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
