package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.membership.OnAFreshTree;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same CCCD joined to the trade union twice at the same instant (the same unit, or
 * two units), round after round: one join, one clear refusal, one JOINED event, never a
 * server error or a deadlock (decision 0156).
 */
@IntegrationTest
class UnionJoinRaceTest extends OnAFreshTree {

	UnionJoinRaceTest() {
		super("công đoàn đồng thời");
	}

	@Test
	void twinJoinsOfOneCccdJoinOnceAndRefuseTheOther() throws Exception {
		Races.rounds((round) -> {
			long person = this.fixtures.person("Đinh Văn Vàocùng", LocalDate.of(1990, 1, round), this.tree.cell(), null,
					null, null);
			String cccd = this.fixtures.cccd(person);
			long second = (round % 2 == 0) ? this.tree.unionBranch() : this.tree.union();
			List<MvcResult> results = Races.atOnce(() -> join(cccd, this.tree.unionBranch()), () -> join(cccd, second));
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(302, 302);
			assertThat(Races.flashes(results)).as("round %d", round)
				.filteredOn((f) -> f.containsKey("flashMessage"))
				.hasSize(1);
			assertThat(Races.flashes(results)).as("round %d", round)
				.filteredOn((f) -> String.valueOf(f.get("flashError")).contains("đã là đoàn viên công đoàn"))
				.hasSize(1);
			assertThat(this.fixtures.events(person, "UNION", "JOINED")).as("round %d", round).isEqualTo(1);
		});
	}

	private MvcResult join(String cccd, long unit) throws Exception {
		return this.mvc.perform(MassRequests.join("union", this.tree.unionOfficer(), cccd, unit)).andReturn();
	}

}
