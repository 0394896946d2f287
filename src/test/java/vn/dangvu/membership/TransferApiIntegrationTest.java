package vn.dangvu.membership;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * Transfers and endings through the API: the sending cell starts, the receiving cell
 * confirms, the receiving cell strikes the member off; a third cell's secretary sees and
 * changes nothing.
 */
@IntegrationTest
class TransferApiIntegrationTest extends OnPartyCells {

	MembershipFixtures.TransferCells cells;

	@BeforeEach
	void cellsAndAMember() {
		this.cells = this.fixtures.transferCells("API");
	}

	ResultActions api(Caller caller, String url, String json) throws Exception {
		return this.mvc.perform(postJson(caller, url, json));
	}

	@Test
	void aRefusedTransferWritesNothing() throws Exception {
		String sentOn = LocalDate.now(VietnamTime.ZONE).minusDays(10).toString();
		// a number is not a date (decision 0170): refused as it is read, before any write
		api(TestCallers.secretaryOf(this.cells.from().cell()), "/api/v1/transfers",
				"""
						{"personId":%d,"kind":"PERMANENT","toCellId":%d,"sentOn":"%s","movedOn":-1}"""
					.formatted(this.cells.member(), this.cells.to().cell(), sentOn))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("movedOn"));
		// a date on which the person was not yet a member: refused by the rules, before
		// any write
		api(TestCallers.secretaryOf(this.cells.from().cell()), "/api/v1/transfers",
				"""
						{"personId":%d,"kind":"PERMANENT","toCellId":%d,"sentOn":"%s","movedOn":"1969-12-31"}"""
					.formatted(this.cells.member(), this.cells.to().cell(), sentOn))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("movedOn"));
		assertThat(this.jdbc.sql("select count(*) from membership_transfer where person_id = :p")
			.param("p", this.cells.member())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from membership_event where person_id = :p")
			.param("p", this.cells.member())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'MembershipTransfer'
				  and after_state ->> 'personId' = :p""")
			.param("p", String.valueOf(this.cells.member()))
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
			.param("p", this.cells.member())
			.param("from", this.cells.from().cell())
			.param("to", this.cells.to().cell())
			.query(Long.class)
			.single();
		for (Caller caller : new Caller[] { TestCallers.admin(), TestCallers.secretaryOf(this.cells.from().cell()) }) {
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
		String sentOn = LocalDate.now(VietnamTime.ZONE).minusDays(10).toString();
		String json = api(TestCallers.secretaryOf(this.cells.from().cell()), "/api/v1/transfers", """
				{"personId":%d,"kind":"PERMANENT","toCellId":%d,"letterNumber":"15-GGT","letterDate":"%s",
				 "sentOn":"%s"}""".formatted(this.cells.member(), this.cells.to().cell(), sentOn, sentOn))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SENT"))
			.andExpect(jsonPath("$.toCellId").value(this.cells.to().cell()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();

		this.mvc
			.perform(get("/api/v1/transfers?unit=" + this.cells.to().root())
				.with(TestCallers.as(TestCallers.secretaryOf(this.cells.to().cell()))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/transfers?unit=" + this.cells.to().cell())
				.with(TestCallers.as(TestCallers.secretaryOf(this.cells.to().cell()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].mayReceive".formatted(id)).value(true));

		// the sending cell cannot confirm for the receiving one
		api(TestCallers.secretaryOf(this.cells.from().cell()), "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + LocalDate.now(VietnamTime.ZONE) + "\"}")
			.andExpect(status().isNotFound());
		// a date before the sending is refused
		api(TestCallers.secretaryOf(this.cells.to().cell()), "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + LocalDate.now(VietnamTime.ZONE).minusDays(20) + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
		api(TestCallers.secretaryOf(this.cells.to().cell()), "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + LocalDate.now(VietnamTime.ZONE).minusDays(5) + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RECEIVED"));
		assertThat(this.jdbc.sql("select party_unit_id from person where id = :p")
			.param("p", this.cells.member())
			.query(Long.class)
			.single()).isEqualTo(this.cells.to().cell());
		// confirming twice is refused
		api(TestCallers.secretaryOf(this.cells.to().cell()), "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + LocalDate.now(VietnamTime.ZONE) + "\"}")
			.andExpect(status().isUnprocessableContent());

		// the old cell can no longer strike them off
		api(TestCallers.secretaryOf(this.cells.from().cell()), "/api/v1/members/" + this.cells.member() + "/endings",
				"""
						{"type":"STRUCK_OFF","date":"%s","reason":"Bỏ sinh hoạt","documentNumber":"3-QĐ/ĐU"}"""
					.formatted(LocalDate.now(VietnamTime.ZONE)))
			.andExpect(status().isNotFound());
		api(TestCallers.secretaryOf(this.cells.to().cell()), "/api/v1/members/" + this.cells.member() + "/endings",
				"{\"type\":\"STRUCK_OFF\",\"date\":\"%s\",\"documentNumber\":\"3-QĐ/ĐU\"}"
					.formatted(LocalDate.now(VietnamTime.ZONE)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api(TestCallers.secretaryOf(this.cells.to().cell()), "/api/v1/members/" + this.cells.member() + "/endings",
				"""
						{"type":"STRUCK_OFF","date":"%s","reason":"Bỏ sinh hoạt","documentNumber":"3-QĐ/ĐU"}"""
					.formatted(LocalDate.now(VietnamTime.ZONE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standing").value("STRUCK_OFF"));
		assertThat(this.membership.statusOn(this.cells.member(), LocalDate.now(VietnamTime.ZONE)).isMember()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from person where id = :p and party_unit_id is null")
			.param("p", this.cells.member())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSecretaryOfAnotherCellSeesAndChangesNothing() throws Exception {
		Caller stranger = TestCallers.secretaryOf(this.cells.third().cell());
		String sentOn = LocalDate.now(VietnamTime.ZONE).minusDays(3).toString();
		api(stranger, "/api/v1/members/" + this.cells.member() + "/endings", """
				{"type":"EXPELLED","date":"%s","reason":"X","documentNumber":"1-QĐ"}"""
			.formatted(LocalDate.now(VietnamTime.ZONE))).andExpect(status().isNotFound());
		api(stranger, "/api/v1/transfers",
				"{\"personId\":%d,\"toCellId\":%d,\"sentOn\":\"%s\"}".formatted(this.cells.member(),
						this.cells.to().cell(), sentOn))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String json = api(TestCallers.secretaryOf(this.cells.from().cell()), "/api/v1/transfers",
				"{\"personId\":%d,\"toCellId\":%d,\"sentOn\":\"%s\"}".formatted(this.cells.member(),
						this.cells.to().cell(), sentOn))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/transfers/" + id).with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/transfers?unit=" + this.cells.from().cell()).with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		String list = okBody(this.mvc.perform(get("/api/v1/transfers?all=true").with(TestCallers.as(stranger))));
		assertThat(list).doesNotContain("\"id\":" + id + ",");
		api(stranger, "/api/v1/transfers/" + id + "/confirm",
				"{\"receivedOn\":\"" + LocalDate.now(VietnamTime.ZONE) + "\"}")
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select state from membership_transfer where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("SENT");
		assertThat(this.membership.statusOn(this.cells.member(), LocalDate.now(VietnamTime.ZONE)).isMember()).isTrue();
	}

}
