package vn.dangvu.platform.error;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dangvu.platform.text.Messages;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A page handler that fails unexpectedly renders the error page with a 500, whatever the
 * client accepts; before, the exception went on to Boot's {@code /error}, which answers a
 * JSON body to any client that does not ask for HTML.
 */
class PageErrorHandlerTest {

	@Controller
	static class FailingPage {

		@GetMapping("/broken")
		String broken() {
			throw new IllegalStateException("a bug");
		}

	}

	private final MockMvc mvc;

	PageErrorHandlerTest() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.mvc = MockMvcBuilders.standaloneSetup(new FailingPage())
			.setControllerAdvice(new PageErrorHandler(Messages.strict(messages)))
			.build();
	}

	@Test
	void anUnexpectedFailureOnAPageIsTheErrorPageWithA500() throws Exception {
		for (MediaType accept : new MediaType[] { MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL }) {
			this.mvc.perform(get("/broken").accept(accept))
				.andExpect(status().isInternalServerError())
				.andExpect(view().name("error"))
				.andExpect(model().attribute("status", 500));
		}
	}

}
