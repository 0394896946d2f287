package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.tree.CreateUnitCmd;
import vn.dangvu.organisation.tree.UnitService;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OrganisationApiTest {

	@Autowired
	OrganisationApi api;

	@Autowired
	UnitService units;

	@Autowired
	UnitScopes scopes;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestCallers.clear();
	}

	UnitDto unit(UnitKind kind, Long parent, String name) {
		TestCallers.runAs(TestCallers.admin());
		return this.units.create(new CreateUnitCmd("A-" + UUID.randomUUID().toString().substring(0, 12), kind, name,
				null, parent, null, LocalDate.of(2020, 1, 1), null, null));
	}

	@Test
	void lookupsAreLimitedToTheCallersScope() {
		UnitDto a = unit(UnitKind.GRASSROOTS_COMMITTEE, null, "Đảng bộ A");
		UnitDto cell = unit(UnitKind.CELL, a.id(), "Chi bộ A1");
		UnitDto b = unit(UnitKind.GRASSROOTS_COMMITTEE, null, "Đảng bộ B");
		Caller office = TestCallers.withRole(Role.COMMITTEE_OFFICE, a.id());
		TestCallers.runAs(office);
		assertThat(this.api.find(cell.id())).get().extracting(UnitDto::name).isEqualTo("Chi bộ A1");
		assertThat(this.api.find(b.id())).isEmpty();
		assertThatThrownBy(() -> this.api.require(b.id())).isInstanceOf(NotFoundException.class);

		UnitScope scope = this.scopes.of(office);
		assertThat(this.api.isVisible(cell.id(), scope)).isTrue();
		assertThat(this.api.isVisible(b.id(), scope)).isFalse();
		assertThat(this.api.countUnitsByKind(scope)).containsEntry(UnitKind.CELL, 1L)
			.containsEntry(UnitKind.GRASSROOTS_COMMITTEE, 1L)
			.containsEntry(UnitKind.YOUTH_BRANCH, 0L);
		assertThat(this.api.visibleUnits(scope, Set.of(UnitKind.CELL))).extracting(UnitDto::id)
			.containsExactly(cell.id());
		assertThat(this.api.visibleUnits(scope, Set.of())).extracting(UnitDto::id).containsExactly(a.id(), cell.id());
		assertThat(this.api.visibleUnits(UnitScope.nothing(), Set.of())).isEmpty();
	}

	@Test
	void searchTextIsKeptFoldedOnEveryWrite() {
		UnitDto a = unit(UnitKind.BLOC_COMMITTEE, null, "Đảng ủy Khối Cơ quan Trung ương");
		assertThat(this.jdbc.sql("select search_text from org_unit where id = :id")
			.param("id", a.id())
			.query(String.class)
			.single()).startsWith("dang uy khoi co quan trung uong").endsWith(a.code().toLowerCase());
	}

	@Test
	void theDatabaseStillRefusesACycleWrittenBehindTheServicesBack() {
		UnitDto a = unit(UnitKind.BLOC_COMMITTEE, null, "Khối vòng");
		UnitDto b = unit(UnitKind.BLOC_COMMITTEE, a.id(), "Khối vòng con");
		assertThatThrownBy(() -> this.jdbc.sql("update org_unit set parent_id = :b where id = :a")
			.param("a", a.id())
			.param("b", b.id())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

}
