package vn.dangvu.directive.citation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.multipartForm;

@IntegrationTest
class ExtractionPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aRegisteredDocumentIsLinkedInsteadOfOfferedForRegistration() throws Exception {
		String code = "XP" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
		long issuerId = this.jdbc.sql("""
				insert into directive_issuer (code, full_name, level, style)
				values (:code, 'Đảng ủy thử trang', 'GRASSROOTS', 'PARTY') returning id""")
			.param("code", code)
			.query(Long.class)
			.single();
		long id = this.jdbc.sql("""
				insert into directive_document (style, number, number_value, type_code, doc_type, issuer_id,
				    issuer_code, citation, issue_date, summary, created_by)
				values ('PARTY', '15', 15, 'HD', 'GUIDANCE', :issuer, :code, :citation, date '2022-04-01',
				    'Hướng dẫn thử', 'test') returning id""")
			.param("issuer", issuerId)
			.param("code", code)
			.param("citation", "15-HD/" + code)
			.query(Long.class)
			.single();
		this.mvc
			.perform(multipartForm(TestCallers.admin(), "/directives/extract", "text",
					"Theo Hướng dẫn số 15-HD/" + code + " ngày 01/4/2022."))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/directives/" + id + "\""),
					containsString("Xem văn bản"), not(containsString("/directives/new?")))));
	}

	@Test
	void thePageOffersATextBoxAndAFileChoice() throws Exception {
		this.mvc.perform(get("/directives/extract").with(TestCallers.as(TestCallers.member(1))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"text\""), containsString("name=\"file\""),
					containsString("Tìm số hiệu văn bản trong bài viết"))));
	}

	@Test
	void pastedTextShowsEachCitationWithARegisterLinkPrefilled() throws Exception {
		String text = "Thực hiện Kế hoạch số 448-KH/ĐU ngày 19/2/2020 của Đảng ủy Cục Hải quan, năm 2020 có 235 hoạt động.";
		this.mvc.perform(multipartForm(TestCallers.admin(), "/directives/extract", "text", text))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"citation-1\""), containsString(">448-KH/ĐU</mark>"),
					containsString("Kế hoạch"), containsString("19/02/2020"),
					containsString(
							"/directives/new?citation=448-KH%2F%C4%90U&amp;date=2020-02-19&amp;issuerName=%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20C%E1%BB%A5c%20H%E1%BA%A3i%20quan"),
					not(containsString("id=\"citation-2\"")))));
	}

	@Test
	void aTextWithoutCitationsSaysSo() throws Exception {
		this.mvc
			.perform(multipartForm(TestCallers.admin(), "/directives/extract", "text",
					"Năm 2020 có 235 hoạt động, 260 triệu đồng."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy số hiệu văn bản nào")));
	}

	@Test
	void anEmptyTextIsRefusedOnTheForm() throws Exception {
		this.mvc.perform(multipartForm(TestCallers.admin(), "/directives/extract", "text", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Hãy dán hoặc nhập văn bản cần tìm số hiệu."), containsString("is-invalid"))));
	}

	@Test
	void aWordFileIsRead() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.createParagraph()
				.createRun()
				.setText("Quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.");
			doc.createParagraph().createRun().setText("Nghị quyết 01/NQ-CP của Chính phủ.");
			doc.write(out);
		}
		MockMultipartFile file = new MockMultipartFile("file", "bao-cao.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", out.toByteArray());
		this.mvc
			.perform(multipart("/directives/extract").file(file).with(TestCallers.as(TestCallers.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"citation-2\""), containsString("05-CT/TW"),
					containsString("01/NQ-CP"), containsString("Bộ Chính trị"))));
	}

	@Test
	void aTextFileIsReadAndOtherFilesAreRefused() throws Exception {
		MockMultipartFile txt = new MockMultipartFile("file", "a.txt", "text/plain",
				"\uFEFFKết luận 120-KL/TW".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart("/directives/extract").file(txt).with(TestCallers.as(TestCallers.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">120-KL/TW</mark>")));
		MockMultipartFile pdf = new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] { 1, 2, 3 });
		this.mvc
			.perform(multipart("/directives/extract").file(pdf).with(TestCallers.as(TestCallers.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ đọc được tệp .txt hoặc .docx")));
		MockMultipartFile broken = new MockMultipartFile("file", "hong.docx", "application/octet-stream",
				new byte[] { 1, 2, 3 });
		this.mvc.perform(
				multipart("/directives/extract").file(broken).with(TestCallers.as(TestCallers.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không đọc được tệp")));
	}

}
