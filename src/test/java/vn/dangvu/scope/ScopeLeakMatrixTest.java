package vn.dangvu.scope;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.Implementations;
import vn.dangvu.testkit.ScopeLeakCases;
import vn.dangvu.testkit.ScopeLeakWorld;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role, scoped to the Hà Nội branch (khu vực I), against a person and units of the
 * Hà Tĩnh branch (khu vực XI): reading, updating, exporting and searching are all
 * refused, and the refusal looks as if the record did not exist. The rows live with their
 * module ({@link ScopeLeakCases} classes in each module's test package, e.g.
 * {@code vn.dangvu.membership.MembershipScopeLeakCases}); this test runs each once per
 * role.
 */
@IntegrationTest
class ScopeLeakMatrixTest {

	/** Every module's rows, found on the classpath. */
	static final List<ScopeLeakCases> MATRIX = Implementations.of(ScopeLeakCases.class);

	static final List<String> ROLES = List.of("COMMITTEE_OFFICE", "CELL_SECRETARY", "UNION_OFFICER", "YOUTH_OFFICER",
			"MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ScopeLeakWorld world;

	@BeforeEach
	void findTheOtherBranchRecords() {
		long personId = this.jdbc.sql("select id from person where full_name = 'Nguyễn Văn Đức'")
			.query(Long.class)
			.single();
		this.world = new ScopeLeakWorld(this.mvc, this.jdbc, personId, id("CB-CAUTREO"), id("CD-CAUTREO"),
				id("DTN-CAUTREO"));
	}

	private long id(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	private Caller caller(String role) {
		return switch (role) {
			case "COMMITTEE_OFFICE" -> TestCallers.withRole(Role.COMMITTEE_OFFICE, id("DB-KVI"));
			case "CELL_SECRETARY" -> TestCallers.withRole(Role.CELL_SECRETARY, id("CB-GIATHUY"));
			case "UNION_OFFICER" -> TestCallers.withRole(Role.UNION_OFFICER, id("CD-KVI"));
			case "YOUTH_OFFICER" -> TestCallers.withRole(Role.YOUTH_OFFICER, id("DTN-KVI"));
			default -> TestCallers.member(this.jdbc.sql(
					"select min(p.id) from person p join org_unit u on u.id = p.work_unit_id where u.code = 'CB-GIATHUY'")
				.query(Long.class)
				.single());
		};
	}

	@TestFactory
	Stream<DynamicContainer> noRoleReachesTheOtherBranch() {
		return Implementations.byModule(MATRIX,
				(m) -> m.scopeLeakCases()
					.stream()
					.flatMap((c) -> ROLES.stream()
						.map((role) -> DynamicTest.dynamicTest(role + " " + c.name(),
								() -> c.check().run(this.world, caller(role))))));
	}

	@Test
	void theModulesWithScopedRecordsHaveRows() {
		assertThat(MATRIX).extracting(Implementations::moduleOf).contains("people", "directive", "membership");
		assertThat(MATRIX.stream().mapToInt((m) -> m.scopeLeakCases().size()).sum()).isGreaterThanOrEqualTo(9);
	}

}
