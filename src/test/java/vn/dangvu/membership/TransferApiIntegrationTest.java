package vn.dangvu.membership;

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
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Transfers and endings through the API: the sending cell starts, the receiving cell
 * confirms, the receiving cell strikes the member off; a third cell's secretary sees and
 * changes nothing.
 */
@IntegrationTest
class TransferApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MembershipApi membership;

	PeopleFixtures.Tree from;

	PeopleFixtures.Tree to;

	PeopleFixtures.Tree third;

	long member;

	@BeforeEach
	void threeCellsAndAMember() {
		PeopleFixtures f = new PeopleFixtures(this.jdbc);
		this.from = f.tree("API nơi đi");
		this.to = f.tree("API nơi đến");
		this.third = f.tree("API chi bộ khác");
		this.member = this.jdbc.sql("""
				select max(p.id) from person p where p.party_unit_id is not null
				  and p.party_unit_id <> (select id from org_unit where code = 'CB-CAUTREO')
				  and exists (select 1 from membership_event d where d.person_id = p.id and d.recorded_by = 'demo')
				  and not exists (select 1 from membership_transfer t where t.person_id = p.id)
				  and not exists (select 1 from admission a where a.person_id = p.id)
				  and p.id not in (select e.person_id from membership_event e where e.recorded_by <> 'demo')""")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, other_unit_id,
				  details, recorded_by) values (:p, 'PARTY', 'TRANSFER_IN', :d, :c, null, '{}'::jsonb, 'test')""")
			.param("p", this.member)
			.param("d", java.time.LocalDate.now(VietnamTime.ZONE).minusDays(60))
			.param("c", this.from.cell())
			.update();
	}

	static Caller secretary(long cell) {
		return TestCallers.withRole(Role.CELL_SECRETARY, cell);
	}

	ResultActions postJson(Caller caller, String url, String json) throws Exception {
		return this.mvc
			.perform(post(url).with(TestCallers.as(caller)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void aRefusedTransferWritesNothing() throws Exception {
		String sentOn = java.time.LocalDate.now(vn.dangvu.platform.time.VietnamTime.ZONE).minusDays(10).toString();
		// a number is not a date (decision 0170): refused as it is read, before any write
		postJson(secretary(this.from.cell()), "/api/v1/transfers",
				"""
						{"personId":%d,"kind":"PERMANENT","toCellId":%d,"sentOn":"%s","movedOn":-1}"""
					.formatted(this.member, this.to.cell(), sentOn))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("movedOn"));
		// a date on which the person was not yet a member: refused by the rules, before
		// any write
		postJson(secretary(this.from.cell()), "/api/v1/transfers",
				"""
						{"personId":%d,"kind":"PERMANENT","toCellId":%d,"sentOn":"%s","movedOn":"1969-12-31"}"""
					.formatted(this.member, this.to.cell(), sentOn))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("movedOn"));
		assertThat(this.jdbc.sql("select count(*) from membership_transfer where person_id = :p")
			.param("p", this.member)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from membership_event where person_id = :p and recorded_by <> 'demo'")
			.param("p", this.member)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'MembershipTransfer'
				  and after_state ->> 'personId' = :p""")
			.param("p", String.valueOf(this.member))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aTransferFromBeforeAnyDeadlineRuleStillLists() throws Exception {
		// recorded before the deadline rules existed (or by an older version that let a
		// bad date through)
		long id = this.jdbc.sql("""
				insert into membership_transfer (person_id, kind, from_cell_id, to_cell_id, moved_on, sent_on, state,
				  created_by) values (:p, 'PERMANENT', :from, :to, date '1969-12-31', date '1970-01-02', 'SENT', 'test')
				returning id""")
			.param("p", this.member)
			.param("from", this.from.cell())
			.param("to", this.to.cell())
			.query(Long.class)
			.single();
		for (Caller caller : new Caller[] { TestCallers.admin(), secretary(this.from.cell()) }) {
			this.mvc.perform(get("/api/v1/transfers?all=true").with(TestCallers.as(caller)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == %d)].movedOn".formatted(id)).value("1969-12-31"));
		}
		this.mvc.perform(get("/api/v1/transfers/" + id).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.movedOn").value("1969-12-31"))
			.andExpect(jsonPath("$.sendDeadline").value(nullValue()));
	}

	@Test
	void sendingCellStartsReceivingCellConfirmsAndThenStrikesOff() throws Exception {
		String sentOn = java.time.LocalDate.now(VietnamTime.ZONE).minusDays(10).toString();
		String json = postJson(secretary(this.from.cell()), "/api/v1/transfers", """
				{"personId":%d,"kind":"PERMANENT","toCellId":%d,"letterNumber":"15-GGT","letterDate":"%s",
				 "sentOn":"%s"}""".formatted(this.member, this.to.cell(), sentOn, sentOn))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SENT"))
			.andExpect(jsonPath("$.toCellId").value(this.to.cell()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();

		this.mvc
			.perform(get("/api/v1/transfers?unit=" + this.to.root()).with(TestCallers.as(secretary(this.to.cell()))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/transfers?unit=" + this.to.cell()).with(TestCallers.as(secretary(this.to.cell()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].mayReceive".formatted(id)).value(true));

		// the sending cell cannot confirm for the receiving one
		postJson(secretary(this.from.cell()), "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + java.time.LocalDate.now(VietnamTime.ZONE) + "\"}")
			.andExpect(status().isNotFound());
		// a date before the sending is refused
		postJson(secretary(this.to.cell()), "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + java.time.LocalDate.now(VietnamTime.ZONE).minusDays(20) + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
		postJson(secretary(this.to.cell()), "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + java.time.LocalDate.now(VietnamTime.ZONE).minusDays(5) + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RECEIVED"));
		assertThat(this.jdbc.sql("select party_unit_id from person where id = :p")
			.param("p", this.member)
			.query(Long.class)
			.single()).isEqualTo(this.to.cell());
		// confirming twice is refused
		postJson(secretary(this.to.cell()), "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + java.time.LocalDate.now(VietnamTime.ZONE) + "\"}")
			.andExpect(status().isUnprocessableContent());

		// the old cell can no longer strike them off
		postJson(secretary(this.from.cell()), "/api/v1/members/" + this.member + "/endings", """
				{"type":"STRUCK_OFF","date":"%s","reason":"Bỏ sinh hoạt","documentNumber":"3-QĐ/ĐU"}"""
			.formatted(java.time.LocalDate.now(VietnamTime.ZONE))).andExpect(status().isNotFound());
		postJson(secretary(this.to.cell()), "/api/v1/members/" + this.member + "/endings",
				"{\"type\":\"STRUCK_OFF\",\"date\":\"%s\",\"documentNumber\":\"3-QĐ/ĐU\"}"
					.formatted(java.time.LocalDate.now(VietnamTime.ZONE)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postJson(secretary(this.to.cell()), "/api/v1/members/" + this.member + "/endings",
				"""
						{"type":"STRUCK_OFF","date":"%s","reason":"Bỏ sinh hoạt","documentNumber":"3-QĐ/ĐU"}"""
					.formatted(java.time.LocalDate.now(VietnamTime.ZONE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standing").value("STRUCK_OFF"));
		assertThat(this.membership.statusOn(this.member, java.time.LocalDate.now(VietnamTime.ZONE)).isMember())
			.isFalse();
		assertThat(this.jdbc.sql("select count(*) from person where id = :p and party_unit_id is null")
			.param("p", this.member)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSecretaryOfAnotherCellSeesAndChangesNothing() throws Exception {
		Caller stranger = secretary(this.third.cell());
		String sentOn = java.time.LocalDate.now(VietnamTime.ZONE).minusDays(3).toString();
		postJson(stranger, "/api/v1/members/" + this.member + "/endings", """
				{"type":"EXPELLED","date":"%s","reason":"X","documentNumber":"1-QĐ"}"""
			.formatted(java.time.LocalDate.now(VietnamTime.ZONE))).andExpect(status().isNotFound());
		postJson(stranger, "/api/v1/transfers",
				"{\"personId\":%d,\"toCellId\":%d,\"sentOn\":\"%s\"}".formatted(this.member, this.to.cell(), sentOn))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String json = postJson(secretary(this.from.cell()), "/api/v1/transfers",
				"{\"personId\":%d,\"toCellId\":%d,\"sentOn\":\"%s\"}".formatted(this.member, this.to.cell(), sentOn))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/transfers/" + id).with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/transfers?unit=" + this.from.cell()).with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		String list = this.mvc.perform(get("/api/v1/transfers?all=true").with(TestCallers.as(stranger)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain("\"id\":" + id + ",");
		postJson(stranger, "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + java.time.LocalDate.now(VietnamTime.ZONE) + "\"}")
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select state from membership_transfer where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("SENT");
		assertThat(this.membership.statusOn(this.member, java.time.LocalDate.now(VietnamTime.ZONE)).isMember())
			.isTrue();
	}

}
