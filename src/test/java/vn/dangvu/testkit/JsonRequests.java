package vn.dangvu.testkit;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** JSON requests to the API as a caller, and the ids they answer. */
public final class JsonRequests {

	private JsonRequests() {
	}

	/** A POST of this JSON body, signed in as the caller. */
	public static MockHttpServletRequestBuilder postJson(Caller caller, String url, String json) {
		return post(url).with(TestCallers.as(caller)).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	/** The {@code id} of a record the request created (201). */
	public static long createdId(ResultActions created) throws Exception {
		return id(created.andExpect(status().isCreated()).andReturn());
	}

	/** The {@code id} of the JSON answer. */
	public static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
			.longValue();
	}

}
