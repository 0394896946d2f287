package vn.dangvu.membership;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The same member sent to two cells at the same instant, round after round: one transfer,
 * one clear refusal (409), one TRANSFER_OUT event; one transfer confirmed twice at once:
 * one TRANSFER_IN event (decision 0156).
 */
@IntegrationTest
class TransferRaceTest {

	static final int ROUNDS = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MassFixtures fixtures;

	MassFixtures.Tree tree;

	long thirdCell;

	Caller secretary;

	@BeforeEach
	void threeCells() {
		this.fixtures = new MassFixtures(this.jdbc);
		this.tree = this.fixtures.tree("chuyển đồng thời");
		this.thirdCell = new PeopleFixtures(this.jdbc).unit("MZ-" + UUID.randomUUID().toString().substring(0, 8),
				"CELL", this.tree.root(), "Chi bộ thứ ba chuyển đồng thời");
		this.secretary = TestCallers.withRole(Role.CELL_SECRETARY, this.tree.cell());
	}

	@Test
	void oneMemberSentToTwoCellsAtOnceIsSentOnceAndTheOtherIsRefused() throws Exception {
		String sentOn = java.time.LocalDate.now(vn.dangvu.platform.time.VietnamTime.ZONE).minusDays(5).toString();
		for (int round = 1; round <= ROUNDS; round++) {
			long member = member(round);
			List<MvcResult> results = Race.atOnce(() -> send(member, this.tree.otherCell(), sentOn),
					() -> send(member, this.thirdCell, sentOn));
			assertThat(Race.statuses(results)).as("round %d", round).containsExactly(201, 409);
			MvcResult refused = results.stream()
				.filter((r) -> r.getResponse().getStatus() == 409)
				.findFirst()
				.orElseThrow();
			assertThat(refused.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat((String) JsonPath.read(refused.getResponse().getContentAsString(StandardCharsets.UTF_8),
					"$.detail"))
				.contains("chưa được tiếp nhận");
			assertThat(this.jdbc.sql("""
					select count(*) from membership_event
					where person_id = :p and membership = 'PARTY' and event_type = 'TRANSFER_OUT'""")
				.param("p", member)
				.query(Long.class)
				.single()).as("round %d", round).isEqualTo(1);
			assertThat(this.jdbc.sql("select count(*) from membership_transfer where person_id = :p")
				.param("p", member)
				.query(Long.class)
				.single()).as("round %d", round).isEqualTo(1);
		}
	}

	@Test
	void oneTransferConfirmedTwiceAtOnceIsReceivedOnce() throws Exception {
		String sentOn = java.time.LocalDate.now(vn.dangvu.platform.time.VietnamTime.ZONE).minusDays(5).toString();
		Caller receiving = TestCallers.withRole(Role.CELL_SECRETARY, this.tree.otherCell());
		for (int round = 1; round <= ROUNDS; round++) {
			long member = member(round);
			MvcResult sent = send(member, this.tree.otherCell(), sentOn);
			assertThat(sent.getResponse().getStatus()).as("round %d", round).isEqualTo(201);
			long id = ((Number) JsonPath.read(sent.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
				.longValue();
			List<MvcResult> results = Race.atOnce(() -> confirm(receiving, id), () -> confirm(receiving, id));
			// the second sees the transfer received, as a confirmation sent later would
			assertThat(Race.statuses(results)).as("round %d", round).containsExactly(200, 422);
			assertThat(this.jdbc.sql("""
					select count(*) from membership_event
					where person_id = :p and membership = 'PARTY' and event_type = 'TRANSFER_IN'""")
				.param("p", member)
				.query(Long.class)
				.single()).as("round %d", round).isEqualTo(1);
		}
	}

	private long member(int round) {
		long member = this.fixtures.person("Phan Văn Chuyểncùng", LocalDate.of(1980, 2, round), this.tree.cell(),
				this.tree.cell(), null, null);
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, details,
				  recorded_by) values (:p, 'PARTY', 'RECORDED', date '2015-01-01', :c,
				  '{"admittedOn":"2014-01-01","fullOn":"2015-01-01"}'::jsonb, 'test')""")
			.param("p", member)
			.param("c", this.tree.cell())
			.update();
		return member;
	}

	private MvcResult confirm(Caller caller, long transferId) throws Exception {
		return this.mvc
			.perform(post("/api/v1/transfers/" + transferId + "/confirm").with(TestCallers.as(caller))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"receivedOn\":\"%s\"}"
					.formatted(java.time.LocalDate.now(vn.dangvu.platform.time.VietnamTime.ZONE))))
			.andReturn();
	}

	private MvcResult send(long member, long toCell, String sentOn) throws Exception {
		return this.mvc
			.perform(post("/api/v1/transfers").with(TestCallers.as(this.secretary))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"personId":%d,"kind":"PERMANENT","toCellId":%d,"letterNumber":"7-GGT","letterDate":"%s",
						 "sentOn":"%s"}""".formatted(member, toCell, sentOn, sentOn)))
			.andReturn();
	}

}
