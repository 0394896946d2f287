package vn.dangvu.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
class PeopleApiTest extends OnTwoBranches {

	PeopleApiTest() {
		super("Cục A", "Cục B");
	}

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	Map<String, Object> person(String name, LocalDate birth, Sex sex, long workUnit) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", name);
		body.put("birthDate", birth.toString());
		body.put("sex", sex.name());
		body.put("cccd", PeopleFixtures.cccd(birth, sex));
		body.put("workUnitId", workUnit);
		return body;
	}

	/** A JSON body sent as the caller, with the CSRF token a browser would add. */
	ResultActions sendJson(MockHttpServletRequestBuilder request, Caller caller, String json) throws Exception {
		return this.mvc.perform(request.with(TestCallers.as(caller))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions postJson(Caller caller, Map<String, Object> body) throws Exception {
		return sendJson(post("/api/v1/people"), caller, this.json.writeValueAsString(body));
	}

	long create(Caller caller, Map<String, Object> body) throws Exception {
		String response = postJson(caller, body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asLong();
	}

	@Test
	void createAnswers201WithLocationAndPublishesTheAudit() throws Exception {
		Map<String, Object> body = person("Nguyễn  Văn   Đức", PeopleFixtures.bornYearsAgo(40), Sex.MALE,
				this.a.cell());
		body.put("partyUnitId", this.a.cell());
		body.put("religion", "Phật giáo");
		postJson(this.a.office(), body).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/people/")))
			.andExpect(jsonPath("$.fullName").value("Nguyễn Văn Đức"))
			.andExpect(jsonPath("$.ethnicity").value("Kinh"))
			.andExpect(jsonPath("$.religion").value("BUDDHISM"))
			.andExpect(jsonPath("$.partyUnitName").value("Chi bộ Cục A"));
		assertThat(this.events.stream(RecordChanged.class)
			.filter((e) -> e.entityType().equals("Person") && e.action().equals("CREATE")))
			.anySatisfy((e) -> assertThat(e.unitId()).isEqualTo(this.a.cell()));
	}

	@Test
	void anUnreadableDateIs400WithTheField() throws Exception {
		Map<String, Object> body = person("Lê Văn Bình", PeopleFixtures.bornYearsAgo(30), Sex.MALE, this.a.cell());
		body.put("birthDate", "31/02/1990");
		postJson(this.a.office(), body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("birthDate"))
			.andExpect(jsonPath("$.errors[0].message", containsString("31/02/1990")));
	}

	@Test
	void wrongTypesAndUnknownValuesAre400NeverA500() throws Exception {
		Map<String, Object> body = person("Lê Văn Bình", PeopleFixtures.bornYearsAgo(30), Sex.MALE, this.a.cell());
		body.put("workUnitId", "abc");
		body.put("sex", "X");
		body.put("fullName", Map.of("x", 1));
		postJson(this.a.office(), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("workUnitId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("sex")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("fullName")));
		sendJson(post("/api/v1/people"), this.a.office(), "{not json").andExpect(status().isBadRequest());
	}

	@Test
	void aCccdNotMatchingTheBirthYearIs422NamingTheDigits() throws Exception {
		Map<String, Object> body = person("Lê Văn Bình", LocalDate.of(1985, 3, 1), Sex.MALE, this.a.cell());
		body.put("cccd", "001086123456");
		postJson(this.a.office(), body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cccd"))
			.andExpect(jsonPath("$.detail", containsString("85")));
	}

	@Test
	void aMissingNameIs422OnTheField() throws Exception {
		Map<String, Object> body = person("x", PeopleFixtures.bornYearsAgo(30), Sex.FEMALE, this.a.cell());
		body.remove("fullName");
		postJson(this.a.office(), body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fullName"))
			.andExpect(jsonPath("$.detail").value("Hãy nhập họ và tên."));
	}

	@Test
	void unknownOutOfScopeAndWrongKindUnitsAre422() throws Exception {
		postJson(this.a.office(), person("Lê Văn Bình", PeopleFixtures.bornYearsAgo(30), Sex.MALE, 987_654_321L))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("workUnitId"));
		postJson(this.a.office(), person("Lê Văn Bình", PeopleFixtures.bornYearsAgo(30), Sex.MALE, this.b.cell()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("workUnitId"))
			.andExpect(jsonPath("$.detail", not(containsString("Cục B"))));
		Map<String, Object> body = person("Lê Văn Bình", PeopleFixtures.bornYearsAgo(30), Sex.MALE, this.a.cell());
		body.put("partyUnitId", this.a.union());
		postJson(this.a.office(), body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("partyUnitId"));
	}

	@Test
	void aDuplicateCccdIs409WithoutNamingTheOtherPerson() throws Exception {
		Map<String, Object> first = person("Phạm Thị Hoa", PeopleFixtures.bornYearsAgo(35), Sex.FEMALE, this.b.cell());
		create(this.b.office(), first);
		Map<String, Object> second = person("Vũ Thị Lan", PeopleFixtures.bornYearsAgo(35), Sex.FEMALE, this.a.cell());
		second.put("birthDate", first.get("birthDate"));
		second.put("cccd", first.get("cccd"));
		postJson(this.a.office(), second).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Số CCCD này đã được đăng ký."))
			.andExpect(jsonPath("$.detail", not(containsString("Hoa"))));
	}

	@Test
	void patchChangesOnlyTheGivenFieldsAndRecordsTheHistory() throws Exception {
		long id = create(this.a.office(),
				person("Đặng Văn Hùng", PeopleFixtures.bornYearsAgo(28), Sex.MALE, this.a.cell()));
		sendJson(patch("/api/v1/people/" + id), this.a.office(),
				"{\"jobTitle\":\"Chuyên viên\",\"youthUnitId\":" + this.a.youth() + ",\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.jobTitle").value("Chuyên viên"))
			.andExpect(jsonPath("$.fullName").value("Đặng Văn Hùng"))
			.andExpect(jsonPath("$.version").value(1));
		List<String> open = this.jdbc
			.sql("select kind from person_affiliation where person_id = :id and valid_to is null order by kind")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(open).containsExactly("WORK", "YOUTH");
		sendJson(patch("/api/v1/people/" + id), this.a.office(), "{\"jobTitle\":\"Trưởng phòng\",\"version\":0}")
			.andExpect(status().isConflict());
	}

	@Test
	void anotherSubtreeCannotReadUpdateListOrSearchThePerson() throws Exception {
		long id = create(this.a.office(),
				person("Hoàng Thị Mai", PeopleFixtures.bornYearsAgo(33), Sex.FEMALE, this.a.cell()));
		this.mvc.perform(get("/api/v1/people/" + id).with(TestCallers.as(this.b.office())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		sendJson(patch("/api/v1/people/" + id), this.b.office(), "{\"jobTitle\":\"x\"}")
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/people").param("unit", String.valueOf(this.a.root()))
				.with(TestCallers.as(this.b.office())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/people").param("q", "hoang thi mai").with(TestCallers.as(this.b.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		this.mvc.perform(get("/api/v1/people").param("q", "hoang thi mai").with(TestCallers.as(this.a.office())))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		this.mvc.perform(get("/api/v1/people/" + id).with(TestCallers.as(this.a.office()))).andExpect(status().isOk());
	}

	@Test
	void aCellSecretaryMayEditAMemberWorkingInAnotherSubtreeButNotMoveThemThere() throws Exception {
		Map<String, Object> body = person("Lý Văn Sinh", PeopleFixtures.bornYearsAgo(38), Sex.MALE, this.b.cell());
		body.put("partyUnitId", this.a.cell());
		long id = create(TestCallers.admin(), body);
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, this.a.cell());
		sendJson(patch("/api/v1/people/" + id), secretary, "{\"phone\":\"0987654321\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("0987654321"));
		sendJson(patch("/api/v1/people/" + id), secretary, "{\"unionUnitId\":" + this.b.union() + "}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unionUnitId"));
	}

	@Test
	void aMemberSeesOnlyTheOwnRecord() throws Exception {
		long own = create(this.a.office(),
				person("Ngô Văn Tâm", PeopleFixtures.bornYearsAgo(45), Sex.MALE, this.a.cell()));
		long other = create(this.a.office(),
				person("Ngô Thị Thu", PeopleFixtures.bornYearsAgo(45), Sex.FEMALE, this.a.cell()));
		Caller member = TestCallers.member(own);
		this.mvc.perform(get("/api/v1/people/" + own).with(TestCallers.as(member))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/people/" + other).with(TestCallers.as(member))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/people").with(TestCallers.as(member)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(own));
	}

	@Test
	void badListParametersAre400() throws Exception {
		this.mvc
			.perform(
					get("/api/v1/people").param("size", "500").param("kind", "X").with(TestCallers.as(this.a.office())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("size")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
		this.mvc.perform(get("/api/v1/people/abc").with(TestCallers.as(this.a.office())))
			.andExpect(status().isBadRequest());
	}

}
