package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.membership.OnAFreshTree;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Youth Union joins and maturations sent twice at the same instant, round after round:
 * one event, one clear refusal, never a server error (decision 0156).
 */
@IntegrationTest
class YouthRaceTest extends OnAFreshTree {

	YouthRaceTest() {
		super("thanh niên đồng thời");
	}

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Test
	void twinJoinsOfOneCccdJoinOnceAndRefuseTheOther() throws Exception {
		Races.rounds((round) -> {
			long person = this.fixtures.person("Lý Văn Trẻcùng", TODAY.minusYears(20).minusDays(round),
					this.tree.cell(), null, null, null);
			String cccd = this.fixtures.cccd(person);
			List<MvcResult> results = Races.atOnce(() -> join(cccd, this.tree.youthBranch()),
					() -> join(cccd, this.tree.otherYouthBranch()));
			assertOneDoneOneRefused(results, round);
			assertThat(this.fixtures.events(person, "YOUTH", "JOINED")).as("round %d", round).isEqualTo(1);
		});
	}

	@Test
	void twinMaturationsMatureOnceAndRefuseTheOther() throws Exception {
		Races.rounds((round) -> {
			long person = this.fixtures.person("Lý Văn Quácùng", TODAY.minusYears(32).minusDays(round),
					this.tree.cell(), null, null, this.tree.youthBranch());
			List<MvcResult> results = Races.atOnce(() -> mature(person), () -> mature(person));
			assertOneDoneOneRefused(results, round);
			assertThat(this.fixtures.events(person, "YOUTH", "MATURED")).as("round %d", round).isEqualTo(1);
		});
	}

	private static void assertOneDoneOneRefused(List<MvcResult> results, int round) {
		assertThat(Races.statuses(results)).as("round %d", round).containsExactly(302, 302);
		assertThat(Races.flashes(results)).as("round %d", round)
			.filteredOn((f) -> f.containsKey("flashMessage"))
			.hasSize(1);
		assertThat(Races.flashes(results)).as("round %d", round)
			.filteredOn((f) -> f.containsKey("flashError") && !f.containsKey("flashMessage"))
			.hasSize(1);
	}

	private MvcResult join(String cccd, long unit) throws Exception {
		return this.mvc.perform(MassRequests.join("youth", this.tree.youthOfficer(), cccd, unit)).andReturn();
	}

	private MvcResult mature(long person) throws Exception {
		return this.mvc
			.perform(MassRequests.form("youth", "mature", this.tree.youthOfficer())
				.param("person", Long.toString(person))
				.param("on", TODAY.toString()))
			.andReturn();
	}

}
