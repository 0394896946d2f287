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

	@Override
	public String toString() {
		return this.name;
	}

}
