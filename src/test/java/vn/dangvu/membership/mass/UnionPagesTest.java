package vn.dangvu.membership.mass;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnionPagesTest {

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
		this.tree = this.fixtures.tree("công đoàn");
		this.officer = TestCallers.withRole(Role.UNION_OFFICER, this.tree.union());
	}

	@Test
	void aPersonJoinsMovesAndLeavesWithEventsAndTheUnitInStep() throws Exception {
		long person = this.fixtures.person("Ngô Văn Côngnhân", LocalDate.of(1985, 1, 1), this.tree.cell(), null, null,
				null);
		String cccd = this.jdbc.sql("select cccd from person where id = :p")
			.param("p", person)
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/membership/union/join").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("cccd", cccd)
				.param("unit", Long.toString(this.tree.unionBranch())))
			.andExpect(flash().attribute("flashMessage", containsString("Ngô Văn Côngnhân")));
		assertThat(unionUnit(person)).isEqualTo(this.tree.unionBranch());
		this.mvc
			.perform(get("/membership/union").param("unit", Long.toString(this.tree.unionBranch()))
				.with(TestCallers.as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngô Văn Côngnhân")));
		this.mvc
			.perform(post("/membership/union/join").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("cccd", cccd)
				.param("unit", Long.toString(this.tree.union())))
			.andExpect(flash().attribute("flashError", containsString("đã là đoàn viên")));

		this.mvc
			.perform(post("/membership/union/transfer").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("person", Long.toString(person))
				.param("unit", Long.toString(this.tree.unionBranch()))
				.param("toUnit", Long.toString(this.tree.union())))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(unionUnit(person)).isEqualTo(this.tree.union());

		this.mvc
			.perform(post("/membership/union/leave").with(TestCallers.as(this.officer))
				.with(csrf())
				.param("person", Long.toString(person))
				.param("unit", Long.toString(this.tree.union()))
				.param("reason", "Nghỉ hưu"))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(unionUnit(person)).isNull();
		assertThat(this.jdbc.sql("""
				select event_type from membership_event where person_id = :p and membership = 'UNION' order by id""")
			.param("p", person)
			.query(String.class)
			.list()).containsExactly("JOINED", "TRANSFER_OUT", "TRANSFER_IN", "LEFT");
	}

	@Test
	void anOfficerOfAnotherUnionCannotTouchTheMembers() throws Exception {
		long person = this.fixtures.person("Ngô Văn Khác", LocalDate.of(1985, 1, 1), this.tree.cell(), null,
				this.tree.unionBranch(), null);
		MassFixtures.Tree other = this.fixtures.tree("công đoàn khác");
		Caller stranger = TestCallers.withRole(Role.UNION_OFFICER, other.union());
		this.mvc
			.perform(post("/membership/union/leave").with(TestCallers.as(stranger))
				.with(csrf())
				.param("person", Long.toString(person))
				.param("unit", Long.toString(this.tree.unionBranch()))
				.param("reason", "Thử"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/membership/union").param("unit", Long.toString(this.tree.unionBranch()))
				.with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		assertThat(unionUnit(person)).isEqualTo(this.tree.unionBranch());
	}

	private Long unionUnit(long person) {
		return this.jdbc.sql("select union_unit_id from person where id = :p")
			.param("p", person)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
