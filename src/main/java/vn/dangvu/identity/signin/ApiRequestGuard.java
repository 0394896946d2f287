package vn.dangvu.identity.signin;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps browsers from using the API across sites (decision 0165): a request whose
 * {@code Origin} is not this server, or that a browser marks cross-site, is refused 403
 * before any credential is looked at; a write with a body that is not JSON is refused
 * 415, so no HTML form can post to the API.
 */
@RequiredArgsConstructor
class ApiRequestGuard extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final ProblemResponses problems;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isCrossSite(request)) {
			this.problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "account.api.crossOrigin");
			return;
		}
		if (WRITES.contains(request.getMethod()) && !isJsonOrEmpty(request)) {
			this.problems.write(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
					"account.api.jsonOnly");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isCrossSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null
				&& (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin != null && !sameOrigin(origin, request);
	}

	private static boolean sameOrigin(String origin, HttpServletRequest request) {
		URI uri;
		try {
			uri = URI.create(origin.trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (uri.getScheme() == null || uri.getHost() == null) {
			return false; // "null" and other opaque origins
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = (uri.getPort() != -1) ? uri.getPort() : defaultPort(scheme);
		return scheme.equalsIgnoreCase(request.getScheme()) && uri.getHost().equalsIgnoreCase(request.getServerName())
				&& port == request.getServerPort();
	}

	private static int defaultPort(String scheme) {
		return "https".equals(scheme) ? 443 : 80;
	}

	private static boolean isJsonOrEmpty(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return MediaType.APPLICATION_JSON.isCompatibleWith(media) || "json".equals(media.getSubtypeSuffix());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
