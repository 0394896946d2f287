package vn.dangvu.directive.citation;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;

@IntegrationTest
class CitationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String issuer;

	int number;

	long registeredId;

	long olderId;

	@BeforeEach
	void registerADocument() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		this.issuer = "XT" + r.nextInt(100_000, 999_999);
		this.number = r.nextInt(1000, 99_999);
		long issuerId = this.jdbc.sql("""
				insert into directive_issuer (code, full_name, level, style)
				values (:code, :name, 'GRASSROOTS', 'PARTY') returning id""")
			.param("code", this.issuer)
			.param("name", "Đảng ủy thử " + this.issuer)
			.query(Long.class)
			.single();
		this.olderId = insert(issuerId, "2016-03-05");
		this.registeredId = insert(issuerId, "2021-03-05");
	}

	private long insert(long issuerId, String date) {
		return this.jdbc.sql("""
				insert into directive_document (style, number, number_value, type_code, doc_type, issuer_id,
				    issuer_code, citation, issue_date, summary, created_by)
				values ('PARTY', :number, :value, 'KH', 'PLAN', :issuer, :code, :citation, cast(:date as date),
				    'Kế hoạch thử', 'test') returning id""")
			.param("number", Integer.toString(this.number))
			.param("value", this.number)
			.param("issuer", issuerId)
			.param("code", this.issuer)
			.param("citation", this.number + "-KH/" + this.issuer)
			.param("date", date)
			.query(Long.class)
			.single();
	}

	/** The citations found in the text, as the caller asks for them. */
	ResultActions extract(Caller caller, String text) throws Exception {
		return this.mvc.perform(postJson(caller, "/api/v1/directives/extract", "{\"text\":\"" + text + "\"}"));
	}

	/** One citation parsed, as the administrator asks for it. */
	ResultActions parse(String citation) throws Exception {
		return this.mvc.perform(
				get("/api/v1/directives/parse").param("citation", citation).with(TestCallers.as(TestCallers.admin())));
	}

	@Test
	void extractAnswersEveryCitationWithItsRegistryLink() throws Exception {
		String text = "Thực hiện Kế hoạch số " + this.number + "-KH/" + this.issuer.toLowerCase()
				+ " ngày 05/3/2021 của Đảng ủy Cục Hải quan và Kế hoạch " + this.number + "-KH/" + this.issuer
				+ ", Quyết định số 07/QĐ-CĐ ngày 20/6/2020 của Công đoàn Cục Hải quan; công văn 1590 ngày 09/7/2020. "
				+ "Năm 2020 có 235 hoạt động, 260 triệu đồng. Thực hiện Nghị quyết Trung ương 6 khóa XII.";
		String json = extract(TestCallers.admin(), text.replace("\"", "\\\"")).andExpect(status().isOk())
			.andExpect(jsonPath("$.citations.length()").value(4))
			.andExpect(jsonPath("$.citations[0].raw").value(this.number + "-KH/" + this.issuer.toLowerCase()))
			.andExpect(jsonPath("$.citations[0].number").value(Integer.toString(this.number)))
			.andExpect(jsonPath("$.citations[0].type").value("KH"))
			.andExpect(jsonPath("$.citations[0].issuer").value(this.issuer))
			.andExpect(jsonPath("$.citations[0].style").value("PARTY"))
			.andExpect(jsonPath("$.citations[0].date").value("2021-03-05"))
			.andExpect(jsonPath("$.citations[0].issuerName").value("Đảng ủy Cục Hải quan"))
			.andExpect(jsonPath("$.citations[0].start").value(text.indexOf(Integer.toString(this.number))))
			.andExpect(jsonPath("$.citations[0].registryId").value(this.registeredId))
			.andExpect(jsonPath("$.citations[1].date").doesNotExist())
			.andExpect(jsonPath("$.citations[1].registryId").value(this.registeredId))
			.andExpect(jsonPath("$.citations[2].style").value("STATE"))
			.andExpect(jsonPath("$.citations[2].type").value("QĐ"))
			.andExpect(jsonPath("$.citations[2].issuer").value("CĐ"))
			.andExpect(jsonPath("$.citations[2].date").value("2020-06-20"))
			.andExpect(jsonPath("$.citations[2].registryId").doesNotExist())
			.andExpect(jsonPath("$.citations[3].raw").value("1590"))
			.andExpect(jsonPath("$.citations[3].type").doesNotExist())
			.andExpect(jsonPath("$.citations[3].issuer").doesNotExist())
			.andExpect(jsonPath("$.namedReferences.length()").value(1))
			.andExpect(jsonPath("$.namedReferences[0].raw").value("Nghị quyết Trung ương 6 khóa XII"))
			.andExpect(jsonPath("$.namedReferences[0].type").value("NQ"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> first = JsonPath.read(json, "$.citations[0]");
		assertThat(first.keySet()).containsExactlyInAnyOrder("raw", "number", "type", "issuer", "style", "date",
				"issuerName", "start", "end", "registryId");
		Map<String, Object> named = JsonPath.read(json, "$.namedReferences[0]");
		assertThat(named.keySet()).containsExactlyInAnyOrder("raw", "type", "description", "start", "end");
		int start = JsonPath.read(json, "$.citations[0].start");
		int end = JsonPath.read(json, "$.citations[0].end");
		assertThat(text.substring(start, end)).isEqualTo(this.number + "-KH/" + this.issuer.toLowerCase());
	}

	@Test
	void theDateBesideACitationPicksTheDocumentOfThatTerm() throws Exception {
		String text = "Kế hoạch số " + this.number + "-KH/" + this.issuer + " ngày 05/3/2016";
		extract(TestCallers.admin(), text).andExpect(status().isOk())
			.andExpect(jsonPath("$.citations[0].registryId").value(this.olderId));
		// a member sees only documents assigned to their cell: the citation is found, the
		// record is not linked
		extract(TestCallers.member(1), text).andExpect(status().isOk())
			.andExpect(jsonPath("$.citations[0].number").exists())
			.andExpect(jsonPath("$.citations[0].registryId").doesNotExist());
		String otherDate = "Kế hoạch số " + this.number + "-KH/" + this.issuer + " ngày 06/3/2016";
		extract(TestCallers.admin(), otherDate).andExpect(status().isOk())
			.andExpect(jsonPath("$.citations[0].registryId").doesNotExist());
	}

	@Test
	void extractNeedsASignedInCaller() throws Exception {
		this.mvc
			.perform(post("/api/v1/directives/extract").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"Kế hoạch 448-KH/ĐU\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void blankOrOverlongTextIsRefusedWithAVietnameseFieldError() throws Exception {
		Caller office = TestCallers.withRole(Role.COMMITTEE_OFFICE, 1);
		extract(office, "   ").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.errors[0].message").value("Hãy dán hoặc nhập văn bản cần tìm số hiệu."));
		String huge = "a".repeat(200_001);
		extract(office, huge).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.detail").value("Văn bản quá dài: nhiều nhất 200.000 ký tự mỗi lần."));
	}

	@Test
	void parseAnswersTheCanonicalFormAndTheTypesTheCodeMayStandFor() throws Exception {
		parse("Số: 99-qđ/tw").andExpect(status().isOk())
			.andExpect(jsonPath("$.citation").value("99-QĐ/TW"))
			.andExpect(jsonPath("$.number").value("99"))
			.andExpect(jsonPath("$.type").value("QĐ"))
			.andExpect(jsonPath("$.issuer").value("TW"))
			.andExpect(jsonPath("$.style").value("PARTY"))
			.andExpect(jsonPath("$.documentType.name").value("DECISION"))
			.andExpect(jsonPath("$.documentType.label").value("Quyết định"))
			.andExpect(jsonPath("$.documentTypes[0].name").value("DECISION"))
			.andExpect(jsonPath("$.documentTypes[1].name").value("REGULATION"))
			.andExpect(jsonPath("$.documentTypes.length()").value(2));
		parse("30/2020/NĐ-CP").andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2020))
			.andExpect(jsonPath("$.style").value("STATE"))
			.andExpect(jsonPath("$.documentType.label").value("Nghị định"));
	}

	@Test
	void parseRefusesAMalformedCitationWithItsReason() throws Exception {
		parse("448/KH-ĐU-TW").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("citation"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.startsWith("Dấu ngăn cách trong \"448/KH-ĐU-TW\"")));
		parse("448-XY/ĐU").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("\"XY\"")));
	}

}
