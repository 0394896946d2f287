package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.membership.Race;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Youth Union joins and maturations sent twice at the same instant, round after round:
 * one event, one clear refusal, never a server error (decision 0156).
 */
@IntegrationTest
class YouthRaceTest {

	static final int ROUNDS = 10;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MassFixtures fixtures;

	MassFixtures.Tree tree;

	Caller officer;

	@BeforeEach
	void setUp() {
		this.fixtures = new MassFixtures(this.jdbc);
		this.tree = this.fixtures.tree("thanh niên đồng thời");
		this.officer = TestCallers.withRole(Role.YOUTH_OFFICER, this.tree.youth());
	}

	@Test
	void twinJoinsOfOneCccdJoinOnceAndRefuseTheOther() throws Exception {
		for (int round = 1; round <= ROUNDS; round++) {
			long person = this.fixtures.person("Lý Văn Trẻcùng", TODAY.minusYears(20).minusDays(round),
					this.tree.cell(), null, null, null);
			String cccd = this.jdbc.sql("select cccd from person where id = :p")
				.param("p", person)
				.query(String.class)
				.single();
			List<MvcResult> results = Race.atOnce(() -> join(cccd, this.tree.youthBranch()),
					() -> join(cccd, this.tree.otherYouthBranch()));
			assertThat(Race.statuses(results)).as("round %d", round).containsExactly(302, 302);
			assertOneDoneOneRefused(results, round);
			assertThat(events(person, "JOINED")).as("round %d", round).isEqualTo(1);
		}
	}

	@Test
	void twinMaturationsMatureOnceAndRefuseTheOther() throws Exception {
		for (int round = 1; round <= ROUNDS; round++) {
			long person = this.fixtures.person("Lý Văn Quácùng", TODAY.minusYears(32).minusDays(round),
					this.tree.cell(), null, null, this.tree.youthBranch());
			List<MvcResult> results = Race.atOnce(() -> mature(person), () -> mature(person));
			assertThat(Race.statuses(results)).as("round %d", round).containsExactly(302, 302);
			assertOneDoneOneRefused(results, round);
			assertThat(events(person, "MATURED")).as("round %d", round).isEqualTo(1);
		}
	}

	private static void assertOneDoneOneRefused(List<MvcResult> results, int round) {
		List<Map<String, Object>> flashes = results.stream().map((r) -> Map.copyOf(r.getFlashMap())).toList();
		assertThat(flashes).as("round %d", round).filteredOn((f) -> f.containsKey("flashMessage")).hasSize(1);
		assertThat(flashes).as("round %d", round)
			.filteredOn((f) -> f.containsKey("flashError") && !f.containsKey("flashMessage"))
			.hasSize(1);
	}

	private long events(long person, String type) {
		return this.jdbc.sql("""
				select count(*) from membership_event where person_id = :p and membership = 'YOUTH'
				  and event_type = :t""").param("p", person).param("t", type).query(Long.class).single();
	}

	private MvcResult join(String cccd, long unit) throws Exception {
		return this.mvc
			.perform(post("/membership/youth/join").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("cccd", cccd)
				.param("unit", Long.toString(unit)))
			.andReturn();
	}

	private MvcResult mature(long person) throws Exception {
		return this.mvc
			.perform(post("/membership/youth/mature").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("person", Long.toString(person))
				.param("on", TODAY.toString()))
			.andReturn();
	}

}
