package vn.dangvu.organisation;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.TestCallers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Units of their own for integration tests, so that a test that writes does not depend on
 * (or disturb) the demo's units or another test's. Every unit is created through the
 * public API as the administrator (history, audit and events as in real use), with a
 * unique code, established on 01/01/2000.
 */
public final class OrganisationFixtures {

	/** The day every fixture unit is established. */
	public static final String ESTABLISHED_ON = "2000-01-01";

	private final MockMvc mvc;

	public OrganisationFixtures(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A fresh Party tree: a grassroots committee at the root and one cell under it. */
	public record PartyTree(long committee, long cell) {
	}

	public PartyTree partyTree(String label) {
		long committee = committee(label);
		return new PartyTree(committee, cell(committee, label));
	}

	/** A grassroots Party committee at the root of its own tree. */
	public long committee(String label) {
		return unit("GRASSROOTS_COMMITTEE", null, "Đảng bộ " + label);
	}

	/** A cell under a fresh committee of its own. */
	public long cell(String label) {
		return cell(committee(label), label);
	}

	/** A cell under the given committee. */
	public long cell(long committeeId, String label) {
		return unit("CELL", committeeId, "Chi bộ " + label);
	}

	/** A unit of any kind: the caller picks a parent the kind may sit under. */
	public long unit(String kind, Long parentId, String name) {
		String body = """
				{"code": "%s", "kind": "%s", "name": "%s", "parentId": %s, "establishedOn": "%s"}""".formatted(code(),
				kind, name, parentId, ESTABLISHED_ON);
		MockHttpServletResponse res = adminPost("/api/v1/units", body, 201);
		String location = res.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The source is merged into the existing target on that day (the source closes). */
	public void merge(long sourceId, long targetId, String effectiveDate) {
		adminPost("/api/v1/units/merge", """
				{"sourceIds": [%d], "targetId": %d, "effectiveDate": "%s", "decisionRef": "Quyết định thử"}"""
			.formatted(sourceId, targetId, effectiveDate), 200);
	}

	private MockHttpServletResponse adminPost(String url, String body, int expected) {
		try {
			MockHttpServletResponse res = this.mvc
				.perform(post(url).contentType(MediaType.APPLICATION_JSON)
					.content(body)
					.with(TestCallers.as(TestCallers.admin()))
					.with(csrf()))
				.andReturn()
				.getResponse();
			if (res.getStatus() != expected) {
				throw new IllegalStateException(
						"fixture " + url + " " + body + " refused: " + res.getContentAsString());
			}
			return res;
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException rt) ? rt : new IllegalStateException(ex);
		}
	}

	/** A code no other unit has: {@code T-} and twelve letters or digits. */
	public static String code() {
		return "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

}
