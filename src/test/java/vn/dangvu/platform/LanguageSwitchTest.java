package vn.dangvu.platform;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The language switch keeps the page and its query; only {@code lang} changes. */
@IntegrationTest
class LanguageSwitchTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theSwitchKeepsTheSearchAndFiltersOfThePage() throws Exception {
		String html = this.mvc
			.perform(get(URI.create("/people?q=nguyen%20van&kind=PARTY")).with(TestCallers.as(TestCallers.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/people?q=nguyen%20van&amp;kind=PARTY&amp;lang=en\"")
			.contains("href=\"/people?q=nguyen%20van&amp;kind=PARTY&amp;lang=vi\"");
	}

	@Test
	void aLanguageAlreadyChosenIsReplacedNotRepeated() throws Exception {
		String html = this.mvc
			.perform(
					get(URI.create("/membership/dues?month=2026-05&lang=en")).with(TestCallers.as(TestCallers.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/membership/dues?month=2026-05&amp;lang=vi\"")
			.doesNotContain("lang=en&amp;lang=");
	}

}
