package vn.dangvu.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API errors speak Vietnamese unless the client asks for English first. */
@IntegrationTest
class ApiLanguageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void vietnameseByDefault() throws Exception {
		this.mvc.perform(get("/api/v1/units/999999999").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Không tìm thấy"));
	}

	@Test
	void englishWhenAskedFor() throws Exception {
		this.mvc
			.perform(get("/api/v1/units/999999999").header("Accept-Language", "en-US,en;q=0.9")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"));
	}

	@Test
	void pagesStayVietnameseWhateverTheBrowserSays() throws Exception {
		this.mvc.perform(get("/units").header("Accept-Language", "en-US").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Cơ cấu tổ chức")));
	}

}
