package vn.dangvu.membership.mass;

import java.time.LocalDate;
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
 * The same CCCD joined to the trade union twice at the same instant (the same unit, or
 * two units), round after round: one join, one clear refusal, one JOINED event, never a
 * server error or a deadlock (decision 0156).
 */
@IntegrationTest
class UnionJoinRaceTest {

	static final int ROUNDS = 10;

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
		this.tree = this.fixtures.tree("công đoàn đồng thời");
		this.officer = TestCallers.withRole(Role.UNION_OFFICER, this.tree.union());
	}

	@Test
	void twinJoinsOfOneCccdJoinOnceAndRefuseTheOther() throws Exception {
		for (int round = 1; round <= ROUNDS; round++) {
			long person = this.fixtures.person("Đinh Văn Vàocùng", LocalDate.of(1990, 1, round), this.tree.cell(), null,
					null, null);
			String cccd = this.jdbc.sql("select cccd from person where id = :p")
				.param("p", person)
				.query(String.class)
				.single();
			long second = (round % 2 == 0) ? this.tree.unionBranch() : this.tree.union();
			List<MvcResult> results = Race.atOnce(() -> join(cccd, this.tree.unionBranch()), () -> join(cccd, second));
			assertThat(Race.statuses(results)).as("round %d", round).containsExactly(302, 302);
			List<Map<String, Object>> flashes = results.stream().map((r) -> r.getFlashMap()).map(Map::copyOf).toList();
			assertThat(flashes).as("round %d", round).filteredOn((f) -> f.containsKey("flashMessage")).hasSize(1);
			assertThat(flashes).as("round %d", round)
				.filteredOn((f) -> String.valueOf(f.get("flashError")).contains("đã là đoàn viên công đoàn"))
				.hasSize(1);
			assertThat(this.jdbc.sql("""
					select count(*) from membership_event
					where person_id = :p and membership = 'UNION' and event_type = 'JOINED'""")
				.param("p", person)
				.query(Long.class)
				.single()).as("round %d", round).isEqualTo(1);
		}
	}

	private MvcResult join(String cccd, long unit) throws Exception {
		return this.mvc
			.perform(post("/membership/union/join").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("cccd", cccd)
				.param("unit", Long.toString(unit)))
			.andReturn();
	}

}
