package vn.dangvu.directive.document;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.PageText.bodyContains;

@IntegrationTest
class PartyDocumentPagesTest extends OwnCommitteeTestBase {

	@Autowired
	MockMvc mvc;

	@Override
	String committeeName() {
		return "Đảng bộ Chi cục trang";
	}

	@Test
	void anOfficeDraftsPreviewsIssuesAndDownloads() throws Exception {
		long id = createDraft(office(), this.committee, "Về việc học tập Nghị quyết khóa mới");
		this.mvc.perform(get("/directives/documents/" + id).with(TestCallers.as(office())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("KẾ HOẠCH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Tĩnh, ngày 22 tháng 11 năm 2026",
					"Dự thảo"));
		this.mvc.perform(get("/directives/documents/" + id + "/issue").with(TestCallers.as(office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01-KH/ĐU")));
		this.mvc.perform(postForm(office(), "/directives/documents/" + id + "/issue"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/directives/documents/" + id));
		assertThat(this.jdbc
			.sql("select count(*) from directive_document where owner_unit_id = :u and citation = '01-KH/ĐU'")
			.param("u", this.committee)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/directives/documents/" + id).with(TestCallers.as(office())))
			.andExpect(content().string(containsString("Số 01-KH/ĐU")))
			.andExpect(content().string(not(containsString("id=\"edit-document\""))));
		byte[] pdf = this.mvc.perform(get("/directives/documents/" + id + "/pdf").with(TestCallers.as(office())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("01-KH-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		byte[] docx = this.mvc.perform(get("/directives/documents/" + id + "/docx").with(TestCallers.as(office())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getTables().get(0).getText()).contains("Số 01-KH/ĐU");
		}
		this.mvc.perform(get("/directives/documents/" + id + "/edit").with(TestCallers.as(office())))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherUnitSeesNothingOfTheDocument() throws Exception {
		long id = createDraft(office(), this.committee, "Văn bản riêng của đơn vị");
		long other = this.fixtures.unit("GRASSROOTS_COMMITTEE", "Đảng bộ khác trang", null);
		Caller stranger = TestCallers.withRole(Role.COMMITTEE_OFFICE, other);
		for (String path : new String[] { "", "/edit", "/issue", "/pdf", "/docx" }) {
			this.mvc.perform(get("/directives/documents/" + id + path).with(TestCallers.as(stranger)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(postForm(stranger, "/directives/documents/" + id + "/issue")).andExpect(status().isNotFound());
		this.mvc.perform(get("/directives/documents").with(TestCallers.as(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Văn bản riêng của đơn vị"))));
		this.mvc.perform(get("/directives/documents").with(TestCallers.as(office())))
			.andExpect(content().string(containsString("Văn bản riêng của đơn vị")));
		this.mvc.perform(get("/directives/documents").with(TestCallers.as(TestCallers.member(1))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMissingSubjectShowsTheFormAgainWithTheReason() throws Exception {
		this.mvc.perform(draftPost(office(), this.committee, " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy điền mục này.")));
	}

	@Test
	void aCellNoticeIsSignedOnBehalfOfTheCellByDefault() throws Exception {
		long cell = this.fixtures.unit("CELL", "Chi bộ trang", this.committee);
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, cell);
		this.mvc.perform(get("/directives/documents/new?type=NOTICE").with(TestCallers.as(secretary)))
			.andExpect(status().isOk())
			.andExpect(bodyContains("T/M Chi bộ", "Lưu Chi bộ."));
		this.mvc.perform(get("/directives/documents/templates").with(TestCallers.as(secretary)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSavedTemplateFillsNewDocumentsOfItsType() throws Exception {
		this.mvc
			.perform(postForm(office(), "/directives/documents/templates", "unit", String.valueOf(this.committee),
					"type", "REPORT", "superiorName", "Đảng bộ Cục Hải quan", "issuerName", "Đảng ủy Chi cục mẫu",
					"onBehalf", "T/L Ban Thường vụ", "signerTitle", "Phó Bí thư", "signerName", "Nguyễn Thị Mẫu",
					"place", "Kỳ Anh", "recipients", "- Lưu Văn phòng.", "opening", "Căn cứ Điều lệ Đảng;", "closing",
					"", "fontSize", "13", "version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/directives/documents/new?unit=" + this.committee + "&type=REPORT")
				.with(TestCallers.as(office())))
			.andExpect(bodyContains("Nguyễn Thị Mẫu", "Kỳ Anh", "Căn cứ Điều lệ Đảng;"));
		this.mvc
			.perform(get("/directives/documents/new?unit=" + this.committee + "&type=PLAN")
				.with(TestCallers.as(office())))
			.andExpect(content().string(not(containsString("Nguyễn Thị Mẫu"))));
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'PartyDocumentTemplate' and unit_id = :u")
			.param("u", this.committee)
			.query(Long.class)
			.single()).isEqualTo(1);
		// A second save with the old version is refused, not lost.
		this.mvc
			.perform(postForm(office(), "/directives/documents/templates", "unit", String.valueOf(this.committee),
					"type", "REPORT", "issuerName", "Đảng ủy Chi cục mẫu", "onBehalf", "T/M Đảng ủy", "signerTitle",
					"Bí thư", "place", "Kỳ Anh", "fontSize", "14", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác sửa")));
	}

	private long createDraft(Caller caller, long unit, String summary) throws Exception {
		String location = this.mvc.perform(draftPost(caller, unit, summary))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder draftPost(Caller caller, long unit, String summary) {
		return post("/directives/documents/new").param("unitId", String.valueOf(unit))
			.param("type", "PLAN")
			.param("superiorName", "Đảng bộ Cục Hải quan")
			.param("issuerName", "Đảng ủy Chi cục trang")
			.param("summary", summary)
			.param("body", "I. MỤC ĐÍCH\nNội dung.\n- Ý một.")
			.param("place", "Hà Tĩnh")
			.param("date", "2026-11-22")
			.param("onBehalf", "T/M Đảng ủy")
			.param("signerTitle", "Bí thư")
			.param("signerName", "Trần Văn Hùng")
			.param("recipients", "- Các chi bộ,\n- Lưu Văn phòng.")
			.param("fontSize", "14")
			.with(TestCallers.as(caller))
			.with(csrf());
	}

}
