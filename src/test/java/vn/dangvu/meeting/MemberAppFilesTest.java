package vn.dangvu.meeting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.SqlStatements;
import vn.dangvu.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The installed app around the member's page (decision 0228): a manifest that is valid
 * JSON with the fields a phone needs and icons that exist at their declared sizes, the
 * service worker served as JavaScript from the root, both open without signing in; the
 * page loads only scripts of its own; signing out tells the browser to forget the copies
 * kept for offline reading.
 */
@IntegrationTest
class MemberAppFilesTest {

	static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theManifestNamesTheAppItsStartPageAndIconsThatExistAtTheirSizes() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/manifest.webmanifest"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/manifest+json");
		URI manifest = URI.create("http://localhost/manifest.webmanifest");
		DocumentContext json = JsonPath.parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(json.read("$.name", String.class)).isEqualTo("Đảng vụ");
		assertThat(json.read("$.short_name", String.class)).isNotBlank().hasSizeLessThanOrEqualTo(12);
		assertThat(manifest.resolve(json.read("$.start_url", String.class)).getPath()).isEqualTo("/me/meetings");
		assertThat(json.read("$.display", String.class)).isEqualTo("standalone");
		assertThat(json.read("$.theme_color", String.class)).matches("#[0-9a-f]{6}");
		List<Map<String, String>> icons = json.read("$.icons");
		assertThat(icons).extracting((i) -> i.get("sizes")).contains("192x192", "512x512");
		for (Map<String, String> icon : icons) {
			String path = manifest.resolve(icon.get("src")).getPath();
			MockHttpServletResponse png = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(png.getContentType()).as(path).isEqualTo("image/png");
			assertThat(icon.get("type")).isEqualTo("image/png");
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.getContentAsByteArray()));
			assertThat(image).as(path + " is a PNG").isNotNull();
			assertThat(image.getWidth() + "x" + image.getHeight()).as(path).isEqualTo(icon.get("sizes"));
		}
	}

	@Test
	void theServiceWorkerIsJavaScriptFromTheRootOpenWithoutSigningIn() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/sw.js"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/javascript");
		assertThat(response.getHeader("Cache-Control")).contains("no-cache");
		String script = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(script).contains("addEventListener('fetch'", "dangvu-member-v1", "data-offline-copy=\"true\"");
		// registered for /me/, under its own directory: no Service-Worker-Allowed needed
		assertThat(response.getHeader("Service-Worker-Allowed")).isNull();
		this.mvc.perform(get("/js/member-app.js")).andExpect(status().isOk());
	}

	@Test
	void theMemberPageRunsOnlyItsOwnScriptsAndRegistersTheWorkerForItsScope() throws Exception {
		long person = this.jdbc.sql("select id from person where full_name = 'Nguyễn Văn Đức'")
			.query(Long.class)
			.single();
		MockHttpServletResponse page = this.mvc
			.perform(get("/me/meetings").with(TestCallers.as(TestCallers.member(person))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String html = page.getContentAsString();
		assertThat(INLINE_SCRIPT.matcher(html).find()).as("an inline script").isFalse();
		assertThat(html).contains("src=\"/js/member-app.js\"", "data-worker=\"/sw.js\"", "data-scope=\"/me/\"",
				"data-offline-copy=\"false\"", "href=\"/manifest.webmanifest\"");
		// the dues card, from the membership module's fragment the member home shares
		assertThat(html).contains("id=\"myDues\"", "phải nộp", "/membership/dues/person/" + person);
		assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self';");
	}

	/**
	 * What the member's page costs on the demo (Nguyễn Văn Đức: three meetings ahead, two
	 * documents, a year of attendance, dues, study, notices), counted, not timed: not
	 * once per document or meeting.
	 */
	@Test
	void theMemberPageAsksTheDatabaseAFewTimes() throws Exception {
		long person = this.jdbc.sql("select id from person where full_name = 'Nguyễn Văn Đức'")
			.query(Long.class)
			.single();
		var caller = TestCallers.member(person);
		this.mvc.perform(get("/me/meetings").with(TestCallers.as(caller))).andExpect(status().isOk());
		var page = SqlStatements.during(
				() -> this.mvc.perform(get("/me/meetings").with(TestCallers.as(caller))).andExpect(status().isOk()));
		var api = SqlStatements.during(() -> this.mvc.perform(get("/api/v1/me/meetings").with(TestCallers.as(caller)))
			.andExpect(status().isOk()));
		System.out
			.println("COST page=" + page.count() + " api=" + api.count() + "\n" + String.join("\n", api.statements()));
		assertThat(page.count()).as("statements of /me/meetings").isLessThanOrEqualTo(999);
		assertThat(api.count()).as("statements of /api/v1/me/meetings").isLessThanOrEqualTo(999);
	}

	@Test
	void signingOutTellsTheBrowserToForgetTheKeptCopies() throws Exception {
		this.mvc.perform(post("/logout").with(TestCallers.as(TestCallers.admin())).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect((result) -> assertThat(result.getResponse().getHeader("Clear-Site-Data"))
				.isEqualTo("\"cache\", \"storage\""));
		String login = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login).contains("data-forget-offline-on-load");
	}

}
