package vn.dangvu.membership.mass;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.OnAFreshTree;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnionPagesTest extends OnAFreshTree {

	UnionPagesTest() {
		super("công đoàn");
	}

	@Test
	void aPersonJoinsMovesAndLeavesWithEventsAndTheUnitInStep() throws Exception {
		Caller officer = this.tree.unionOfficer();
		long person = this.fixtures.person("Ngô Văn Côngnhân", LocalDate.of(1985, 1, 1), this.tree.cell(), null, null,
				null);
		String cccd = this.fixtures.cccd(person);
		this.mvc.perform(MassRequests.join("union", officer, cccd, this.tree.unionBranch()))
			.andExpect(flash().attribute("flashMessage", containsString("Ngô Văn Côngnhân")));
		assertThat(this.fixtures.unionUnit(person)).isEqualTo(this.tree.unionBranch());
		this.mvc
			.perform(get("/membership/union").param("unit", Long.toString(this.tree.unionBranch()))
				.with(TestCallers.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngô Văn Côngnhân")));
		this.mvc.perform(MassRequests.join("union", officer, cccd, this.tree.union()))
			.andExpect(flash().attribute("flashError", containsString("đã là đoàn viên")));

		this.mvc.perform(MassRequests.transfer("union", officer, person, this.tree.unionBranch(), this.tree.union()))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(this.fixtures.unionUnit(person)).isEqualTo(this.tree.union());

		this.mvc.perform(MassRequests.leave("union", officer, person, this.tree.union(), "Nghỉ hưu"))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(this.fixtures.unionUnit(person)).isNull();
		assertThat(this.fixtures.eventTypes(person, "UNION")).containsExactly("JOINED", "TRANSFER_OUT", "TRANSFER_IN",
				"LEFT");
	}

	@Test
	void anOfficerOfAnotherUnionCannotTouchTheMembers() throws Exception {
		long person = this.fixtures.person("Ngô Văn Khác", LocalDate.of(1985, 1, 1), this.tree.cell(), null,
				this.tree.unionBranch(), null);
		Caller stranger = this.fixtures.tree("công đoàn khác").unionOfficer();
		this.mvc.perform(MassRequests.leave("union", stranger, person, this.tree.unionBranch(), "Thử"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/membership/union").param("unit", Long.toString(this.tree.unionBranch()))
				.with(TestCallers.as(stranger)))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.unionUnit(person)).isEqualTo(this.tree.unionBranch());
	}

}
