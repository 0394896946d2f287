package vn.dangvu.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.testkit.JsonRequests;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.testkit.JsonRequests.postJson;

/**
 * The same member sent to two cells at the same instant, round after round: one transfer,
 * one clear refusal (409), one TRANSFER_OUT event; one transfer confirmed twice at once:
 * one TRANSFER_IN event (decision 0156).
 */
@IntegrationTest
class TransferRaceTest extends OnAFreshTree {

	TransferRaceTest() {
		super("chuyển đồng thời");
	}

	long thirdCell;

	@BeforeEach
	void threeCells() {
		this.thirdCell = new PeopleFixtures(this.jdbc).unit("MZ-" + UUID.randomUUID().toString().substring(0, 8),
				"CELL", this.tree.root(), "Chi bộ thứ ba chuyển đồng thời");
	}

	@Test
	void oneMemberSentToTwoCellsAtOnceIsSentOnceAndTheOtherIsRefused() throws Exception {
		Races.rounds((round) -> {
			long member = member(round);
			List<MvcResult> results = Races.atOnce(() -> send(member, this.tree.otherCell()),
					() -> send(member, this.thirdCell));
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(201, 409);
			assertThat(Races.problemDetail(results, 409)).contains("chưa được tiếp nhận");
			assertThat(this.fixtures.events(member, "PARTY", "TRANSFER_OUT")).as("round %d", round).isEqualTo(1);
			assertThat(this.fixtures.transfers(member)).as("round %d", round).isEqualTo(1);
		});
	}

	@Test
	void oneTransferConfirmedTwiceAtOnceIsReceivedOnce() throws Exception {
		Caller receiving = TestCallers.secretaryOf(this.tree.otherCell());
		Races.rounds((round) -> {
			long member = member(round);
			MvcResult sent = send(member, this.tree.otherCell());
			assertThat(sent.getResponse().getStatus()).as("round %d", round).isEqualTo(201);
			long id = JsonRequests.id(sent);
			List<MvcResult> results = Races.atOnce(() -> confirm(receiving, id), () -> confirm(receiving, id));
			// the second sees the transfer received, as a confirmation sent later would
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(200, 422);
			assertThat(this.fixtures.events(member, "PARTY", "TRANSFER_IN")).as("round %d", round).isEqualTo(1);
		});
	}

	private long member(int round) {
		return this.fixtures.partyMember("Phan Văn Chuyểncùng", LocalDate.of(1980, 2, round), this.tree.cell(),
				this.tree.cell());
	}

	private MvcResult confirm(Caller caller, long transferId) throws Exception {
		return this.mvc
			.perform(postJson(caller, "/api/v1/transfers/" + transferId + "/confirm",
					"{\"receivedOn\":\"%s\"}".formatted(LocalDate.now(VietnamTime.ZONE))))
			.andReturn();
	}

	private MvcResult send(long member, long toCell) throws Exception {
		String sentOn = LocalDate.now(VietnamTime.ZONE).minusDays(5).toString();
		return this.mvc.perform(postJson(this.tree.secretary(), "/api/v1/transfers", """
				{"personId":%d,"kind":"PERMANENT","toCellId":%d,"letterNumber":"7-GGT","letterDate":"%s",
				 "sentOn":"%s"}""".formatted(member, toCell, sentOn, sentOn))).andReturn();
	}

}
