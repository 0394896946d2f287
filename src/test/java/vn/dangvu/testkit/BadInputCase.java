package vn.dangvu.testkit;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * One malformed request to a JSON endpoint and the fields the answer must name.
 * {@code {unit}}, {@code {person}} and {@code {party}} in the URL and body stand for an
 * existing demo cell, a person of it and the Party root; {@code body} null sends none.
 */
public record BadInputCase(String name, HttpMethod method, String url, String body, MediaType type,
		List<String> fields) {

	/** A text over every length limit. */
	public static final String LONG = "X".repeat(5000);

	/** A number too big for a {@code long}. */
	public static final String HUGE = "9223372036854775808";

	/** An id no record has. */
	public static final String MISSING = "99999999";

	@Override
	public String toString() {
		return this.name;
	}

	public static BadInputCase get(String name, String url, String... fields) {
		return new BadInputCase(name, HttpMethod.GET, url, null, null, List.of(fields));
	}

	public static BadInputCase send(String name, HttpMethod method, String url, String body, String... fields) {
		return new BadInputCase(name, method, url, body, MediaType.APPLICATION_JSON, List.of(fields));
	}

	public static BadInputCase post(String name, String url, String body, String... fields) {
		return send(name, HttpMethod.POST, url, body, fields);
	}

	public static BadInputCase patch(String name, String url, String body, String... fields) {
		return send(name, HttpMethod.PATCH, url, body, fields);
	}

}
