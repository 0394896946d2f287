package vn.dangvu.organisation.tree;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.UnitsMerged;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class UnitApiTest {

	static final String OLD = "2020-01-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	final Caller admin = TestCallers.admin();

	static String code() {
		return "T-" + UUID.randomUUID().toString().substring(0, 13);
	}

	/** A new unit sent as the caller, with this code. */
	ResultActions send(Caller caller, String code, String kind, Long parentId, String name, String establishedOn)
			throws Exception {
		String body = """
				{"code": "%s", "kind": "%s", "name": "%s", "parentId": %s, "establishedOn": "%s",
				 "decisionRef": "Quyết định 1/QĐ-TEST"}""".formatted(code, kind, name, parentId, establishedOn);
		return write(post("/api/v1/units"), body, caller);
	}

	long create(Caller caller, String kind, Long parentId, String name, String establishedOn) throws Exception {
		MvcResult result = send(caller, code(), kind, parentId, name, establishedOn).andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/units/")))
			.andReturn();
		String location = result.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long create(String kind, Long parentId, String name) throws Exception {
		return create(this.admin, kind, parentId, name, OLD);
	}

	ResultActions read(String path, Caller caller) throws Exception {
		return this.mvc.perform(get(path).with(TestCallers.as(caller)));
	}

	ResultActions write(MockHttpServletRequestBuilder request, String body, Caller caller) throws Exception {
		return this.mvc.perform(json(request, body, caller));
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, Caller caller) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(TestCallers.as(caller)).with(csrf());
	}

	@Test
	void createAnswers201WithLocationAndTheUnit() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Đảng ủy Khối Thử nghiệm");
		read("/api/v1/units/" + bloc, this.admin).andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("BLOC_COMMITTEE"))
			.andExpect(jsonPath("$.path").value("/" + bloc + "/"))
			.andExpect(jsonPath("$.establishedOn").value(OLD));
		assertThat(this.events.stream(RecordChanged.class)).anyMatch((e) -> e.entityType().equals("Unit")
				&& e.entityId().equals(String.valueOf(bloc)) && e.action().equals("CREATE"));
	}

	@Test
	void missingAndInvalidFieldsAnswer400WithAnErrorPerField() throws Exception {
		write(post("/api/v1/units"), "{\"kind\": \"PLANET\", \"code\": \"có dấu\", \"establishedOn\": \"1/1\"}",
				this.admin)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItems("code", "kind", "name", "establishedOn")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Vui lòng nhập thông tin này.")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Loại tổ chức không hợp lệ.")));
	}

	@Test
	void aCellUnderACellAnswers422InVietnamese() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Khối A");
		long cell = create("CELL", bloc, "Chi bộ 1");
		send(this.admin, code(), "CELL", cell, "Chi bộ con", OLD).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Chi bộ")))
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
	}

	@Test
	void aUnionUnderAPartyUnitIsRefused() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Khối B");
		send(this.admin, code(), "TRADE_UNION", bloc, "Công đoàn", OLD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Công đoàn")));
	}

	@Test
	void aDuplicateCodeAnswers409NamingTheExistingUnitWhateverTheCase() throws Exception {
		String code = code();
		send(this.admin, code, "BLOC_COMMITTEE", null, "Đảng ủy Mã Trùng", OLD).andExpect(status().isCreated());
		send(this.admin, code.toLowerCase(), "BLOC_COMMITTEE", null, "Đảng ủy Mã Trùng", OLD)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Đảng ủy Mã Trùng")))
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void aDateBeforeTheParentOrTooFarAheadIsRefused() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Khối C");
		send(this.admin, code(), "CELL", bloc, "Chi bộ sớm", "2019-01-01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("establishedOn"));
		send(this.admin, code(), "CELL", bloc, "Chi bộ sớm", "2099-01-01").andExpect(status().isUnprocessableContent());
	}

	@Test
	void renamingWithNothingToChangeAnswers400() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Khối D");
		write(patch("/api/v1/units/" + bloc), "{\"effectiveDate\": \"2021-01-01\"}", this.admin)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		write(patch("/api/v1/units/" + bloc), "{\"name\": \"Khối D\"}", this.admin).andExpect(status().isBadRequest());
	}

	@Test
	void asOfQueriesShowTheNameAndParentValidOnThatDate() throws Exception {
		long a = create("BLOC_COMMITTEE", null, "Khối Cũ A");
		long b = create("BLOC_COMMITTEE", null, "Khối Mới B");
		long g = create("GRASSROOTS_COMMITTEE", a, "Đảng bộ Cục Hải quan tỉnh Hà Tĩnh");
		write(patch("/api/v1/units/" + g),
				"{\"name\": \"Đảng bộ Chi cục Hải quan khu vực XI\", \"effectiveDate\": \"2023-01-01\", "
						+ "\"decisionRef\": \"Quyết định 1234/QĐ-BTC\"}",
				this.admin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Đảng bộ Chi cục Hải quan khu vực XI"));
		write(post("/api/v1/units/" + g + "/move"),
				"{\"parentId\": %d, \"effectiveDate\": \"2024-01-01\"}".formatted(b), this.admin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.path").value("/" + b + "/" + g + "/"));

		asOf(g, "2022-06-30").andExpect(jsonPath("$.name").value("Đảng bộ Cục Hải quan tỉnh Hà Tĩnh"))
			.andExpect(jsonPath("$.parentId").value(a))
			.andExpect(jsonPath("$.path").value("/" + a + "/" + g + "/"));
		asOf(g, "2023-01-01").andExpect(jsonPath("$.name").value("Đảng bộ Chi cục Hải quan khu vực XI"))
			.andExpect(jsonPath("$.parentId").value(a));
		asOf(g, "2024-01-01").andExpect(jsonPath("$.parentId").value(b));
		this.mvc.perform(get("/api/v1/units/" + g).param("asOf", "2019-12-31").with(TestCallers.as(this.admin)))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(get("/api/v1/units").param("asOf", "2022-06-30")
				.param("q", "hai quan tinh ha tinh")
				.with(TestCallers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) g)));
		read("/api/v1/units/" + g + "/history", this.admin).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].change").value(org.hamcrest.Matchers.contains("ESTABLISHED", "RENAMED", "MOVED")))
			.andExpect(jsonPath("$[0].validTo").value("2023-01-01"))
			.andExpect(jsonPath("$[1].decisionRef").value("Quyết định 1234/QĐ-BTC"))
			.andExpect(jsonPath("$[2].validTo").doesNotExist());
	}

	org.springframework.test.web.servlet.ResultActions asOf(long id, String date) throws Exception {
		return this.mvc.perform(get("/api/v1/units/" + id).param("asOf", date).with(TestCallers.as(this.admin)))
			.andExpect(status().isOk());
	}

	@Test
	void mergingTwoUnitsIntoANewOneMovesChildrenClosesSourcesAndPublishesUnitsMerged() throws Exception {
		long root = create("BLOC_COMMITTEE", null, "Đảng bộ Cục Hải quan");
		long s1 = create("GRASSROOTS_COMMITTEE", root, "Đảng bộ Cục Hải quan Hà Tĩnh");
		long s2 = create("GRASSROOTS_COMMITTEE", root, "Đảng bộ Cục Hải quan Quảng Bình");
		long c1 = create("CELL", s1, "Chi bộ Cầu Treo");
		long c2 = create("CELL", s2, "Chi bộ Cha Lo");
		String targetCode = code();
		String body = """
				{"sourceIds": [%d, %d], "newTarget": {"code": "%s", "kind": "GRASSROOTS_COMMITTEE",
				 "name": "Đảng bộ Chi cục Hải quan khu vực XI", "parentId": %d},
				 "effectiveDate": "2025-03-01", "decisionRef": "Quyết định 382/QĐ-BTC"}""".formatted(s1, s2, targetCode,
				root);
		MvcResult result = write(post("/api/v1/units/merge"), body, this.admin).andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(targetCode))
			.andReturn();
		long target = Long
			.parseLong(result.getResponse().getContentAsString().replaceAll("^\\{\"id\":(\\d+),.*$", "$1").trim());

		for (long cell : new long[] { c1, c2 }) {
			read("/api/v1/units/" + cell, this.admin).andExpect(jsonPath("$.parentId").value(target))
				.andExpect(jsonPath("$.path").value("/" + root + "/" + target + "/" + cell + "/"));
		}
		for (long source : new long[] { s1, s2 }) {
			read("/api/v1/units/" + source, this.admin).andExpect(jsonPath("$.closedOn").value("2025-03-01"));
			read("/api/v1/units/" + source + "/history", this.admin)
				.andExpect(jsonPath("$[-1:].change").value(hasItem("MERGED")))
				.andExpect(jsonPath("$[-1:].note").value(hasItem(containsString("khu vực XI"))));
		}
		read("/api/v1/units/" + c1 + "/history", this.admin)
			.andExpect(jsonPath("$[*].change").value(org.hamcrest.Matchers.contains("ESTABLISHED", "MOVED")));
		asOf(c1, "2025-02-28").andExpect(jsonPath("$.parentId").value(s1));
		asOf(c1, "2025-03-01").andExpect(jsonPath("$.parentId").value(target));
		asOf(s1, "2025-02-28").andExpect(jsonPath("$.name").value("Đảng bộ Cục Hải quan Hà Tĩnh"));
		this.mvc.perform(get("/api/v1/units/" + s1).param("asOf", "2025-03-01").with(TestCallers.as(this.admin)))
			.andExpect(status().isNotFound());

		assertThat(this.events.stream(UnitsMerged.class)).singleElement().satisfies((e) -> {
			assertThat(e.sourceUnitIds()).containsExactly(s1, s2);
			assertThat(e.targetUnitId()).isEqualTo(target);
			assertThat(e.effectiveOn()).hasToString("2025-03-01");
		});
		assertThat(this.events.stream(RecordChanged.class).filter((e) -> e.action().equals("MERGE"))).hasSize(2);
	}

	@Test
	void mergingIntoAnExistingUnitAndOperationsOnTheClosedSource() throws Exception {
		long root = create("TRADE_UNION", null, "Công đoàn Cục");
		long s = create("UNION_BRANCH", root, "Công đoàn bộ phận 1");
		long t = create("UNION_BRANCH", root, "Công đoàn bộ phận 2");
		write(post("/api/v1/units/merge"),
				"{\"sourceIds\": [%d], \"targetId\": %d, \"effectiveDate\": \"2025-03-01\"}".formatted(s, t),
				this.admin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(t));
		write(patch("/api/v1/units/" + s), "{\"name\": \"Tên mới\"}", this.admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("đã giải thể")));
		String cell = """
				{"code": "%s", "kind": "UNION_BRANCH", "name": "Tổ 1", "parentId": %d, "establishedOn": "2026-01-01"}"""
			.formatted(code(), s);
		write(post("/api/v1/units"), cell, this.admin).andExpect(status().isUnprocessableContent());
	}

	@Test
	void aMergeWithoutSourcesOrWithTwoTargetsAnswers400() throws Exception {
		write(post("/api/v1/units/merge"), "{\"sourceIds\": [], \"targetId\": 1, \"newTarget\": {\"code\": \"X\"}}",
				this.admin)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("sourceIds", "targetId", "newTarget.kind")));
	}

	@Test
	void closingAUnitWithOpenChildrenIsRefusedAndAfterwardsAllowed() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Khối E");
		long g = create("GRASSROOTS_COMMITTEE", bloc, "Đảng bộ E1");
		long cell = create("CELL", g, "Chi bộ E1-1");
		write(post("/api/v1/units/" + g + "/close"), "{\"effectiveDate\": \"2024-01-01\"}", this.admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("1 tổ chức trực thuộc")));
		write(post("/api/v1/units/" + cell + "/close"), "{\"effectiveDate\": \"2024-01-01\"}", this.admin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closedOn").value("2024-01-01"));
		write(post("/api/v1/units/" + g + "/close"), "{\"effectiveDate\": \"2024-01-01\"}", this.admin)
			.andExpect(status().isOk());
	}

	@Test
	void aCycleIsRefusedWith422() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Khối F");
		long inner = create("BLOC_COMMITTEE", bloc, "Khối F con");
		write(post("/api/v1/units/" + bloc + "/move"), "{\"parentId\": %d}".formatted(inner), this.admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("trực thuộc chính nó")));
	}

	@Test
	void aCommitteeOfficeSeesAndChangesOnlyItsOwnSubtree() throws Exception {
		long a = create("BLOC_COMMITTEE", null, "Khối phạm vi A");
		long b = create("BLOC_COMMITTEE", null, "Khối phạm vi B");
		long underA = create("GRASSROOTS_COMMITTEE", a, "Đảng bộ dưới A");
		long underB = create("GRASSROOTS_COMMITTEE", b, "Đảng bộ dưới B");
		Caller officeA = TestCallers.withRole(Role.COMMITTEE_OFFICE, a);

		read("/api/v1/units/" + underB, officeA).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		write(patch("/api/v1/units/" + underB), "{\"name\": \"Đổi\"}", officeA).andExpect(status().isNotFound());
		write(post("/api/v1/units/" + underB + "/move"), "{\"parentId\": %d}".formatted(a), officeA)
			.andExpect(status().isNotFound());
		write(post("/api/v1/units/" + underA + "/move"), "{\"parentId\": %d}".formatted(b), officeA)
			.andExpect(status().isNotFound());
		write(post("/api/v1/units/" + a + "/move"), "{\"parentId\": %d}".formatted(b), officeA)
			.andExpect(status().isForbidden());
		write(post("/api/v1/units/" + a + "/close"), "{}", officeA).andExpect(status().isForbidden());

		read("/api/v1/units/" + underA, officeA).andExpect(status().isOk());
		write(patch("/api/v1/units/" + underA), "{\"name\": \"Đảng bộ dưới A (mới)\"}", officeA)
			.andExpect(status().isOk());
		create(officeA, "CELL", underA, "Chi bộ do văn phòng lập", OLD);
		this.mvc.perform(get("/api/v1/units").param("size", "500").with(TestCallers.as(officeA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItems((int) a, (int) underA)))
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.not(hasItem((int) underB))));
	}

	@Test
	void aUnionOfficerCannotChangePartyUnitsAndOnlyAdminsCreateRoots() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Khối G");
		Caller union = TestCallers.withRole(Role.UNION_OFFICER, bloc);
		write(patch("/api/v1/units/" + bloc), "{\"name\": \"Đổi\"}", union).andExpect(status().isForbidden());
		String root = """
				{"code": "%s", "kind": "BLOC_COMMITTEE", "name": "Gốc", "establishedOn": "%s"}""".formatted(code(),
				OLD);
		write(post("/api/v1/units"), root, TestCallers.withRole(Role.COMMITTEE_OFFICE, bloc))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCellSecretarySeesItsCellAndAMemberSeesNothing() throws Exception {
		long bloc = create("BLOC_COMMITTEE", null, "Khối H");
		long cell = create("CELL", bloc, "Chi bộ H1");
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, cell);
		read("/api/v1/units/" + cell, secretary).andExpect(status().isOk());
		read("/api/v1/units/" + bloc, secretary).andExpect(status().isNotFound());
		write(patch("/api/v1/units/" + cell), "{\"name\": \"Đổi\"}", secretary).andExpect(status().isForbidden());
		Caller member = TestCallers.member(42);
		read("/api/v1/units", member).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
		read("/api/v1/units/" + cell, member).andExpect(status().isNotFound());
	}

	@Test
	void aBadPageSizeAnswers400OnTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("size", "0").param("page", "-1").with(TestCallers.as(this.admin)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("page", "size")));
		this.mvc.perform(get("/api/v1/units").param("asOf", "hôm qua").with(TestCallers.as(this.admin)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("asOf"));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		read("/v3/api-docs", this.admin).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/api/v1/units/merge"),
					containsString("/api/v1/units/{id}/history"), containsString("Thành lập tổ chức"))));
	}

}
