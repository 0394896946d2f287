package vn.dangvu.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are served under their own prefixes (webjars without a version too), and a
 * page's ordinary links are no longer looked up as class-path resources (decision 0192).
 */
@IntegrationTest
class StaticResourcesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@ParameterizedTest
	@ValueSource(strings = { "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
			"/webjars/bootstrap-icons/font/bootstrap-icons.min.css", "/css/dangvu.css", "/js/dangvu.js" })
	void theLayoutsFilesAreServedWithoutSigningIn(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
	}

	@Test
	void anOrdinaryLinkIsNotAStaticResource() {
		assertThat(this.resourceUrls.getHandlerMap()).doesNotContainKey("/**");
		assertThat(this.resourceUrls.getForLookupPath("/people/12")).isNull();
		assertThat(this.resourceUrls.getForLookupPath("/css/dangvu.css")).isEqualTo("/css/dangvu.css");
	}

}
