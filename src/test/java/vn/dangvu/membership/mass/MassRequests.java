package vn.dangvu.membership.mass;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The forms of the Youth Union and trade-union pages ({@code org} is {@code youth} or
 * {@code union}), sent by an officer.
 */
final class MassRequests {

	private MassRequests() {
	}

	static MockHttpServletRequestBuilder form(String org, String action, Caller officer) {
		return post("/membership/" + org + "/" + action).with(TestCallers.as(officer)).with(csrf());
	}

	static MockHttpServletRequestBuilder join(String org, Caller officer, String cccd, long unit) {
		return form(org, "join", officer).param("cccd", cccd).param("unit", Long.toString(unit));
	}

	static MockHttpServletRequestBuilder transfer(String org, Caller officer, long person, long unit, long toUnit) {
		return form(org, "transfer", officer).param("person", Long.toString(person))
			.param("unit", Long.toString(unit))
			.param("toUnit", Long.toString(toUnit));
	}

	static MockHttpServletRequestBuilder leave(String org, Caller officer, long person, long unit, String reason) {
		return form(org, "leave", officer).param("person", Long.toString(person))
			.param("unit", Long.toString(unit))
			.param("reason", reason);
	}

}
