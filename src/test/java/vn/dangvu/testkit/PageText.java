package vn.dangvu.testkit;

import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** What an answer's body must show, several texts in one expectation. */
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

}
