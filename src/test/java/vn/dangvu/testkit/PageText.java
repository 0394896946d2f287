package vn.dangvu.testkit;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an answer's body must show, several texts in one expectation, and the body itself.
 */
public final class PageText {

	private PageText() {
	}

	/** The body contains every one of the texts (each checked as its own matcher). */
	public static ResultMatcher bodyContains(String... texts) {
		return (result) -> {
			for (String text : texts) {
				content().string(containsString(text)).match(result);
			}
		};
	}

	/** The body of an answer that must be 200 OK, to read or search further. */
	public static String okBody(ResultActions answer) throws Exception {
		return answer.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
