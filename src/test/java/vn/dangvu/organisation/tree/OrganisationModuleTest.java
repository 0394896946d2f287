package vn.dangvu.organisation.tree;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import vn.dangvu.TestCallers;
import vn.dangvu.TestClock;
import vn.dangvu.organisation.OrganisationFixtures;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitMoved;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation module on its own (with the platform): create, rename and move a unit,
 * and see {@link UnitMoved} published for the read models of other modules.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class OrganisationModuleTest {

	static final LocalDate OLD = LocalDate.of(2000, 1, 1);

	@Autowired
	UnitService units;

	@AfterEach
	void signOut() {
		TestCallers.clear();
	}

	long create(UnitKind kind, Long parentId, String name) {
		return this.units
			.create(new CreateUnitCmd(OrganisationFixtures.code(), kind, name, null, parentId, null, OLD, null, null))
			.id();
	}

	@Test
	void aMovedUnitIsPublishedWithItsOldAndNewPath(Scenario scenario) {
		TestCallers.runAs(TestCallers.admin());
		long from = create(UnitKind.GRASSROOTS_COMMITTEE, null, "Đảng bộ Mô-đun Một");
		long to = create(UnitKind.GRASSROOTS_COMMITTEE, null, "Đảng bộ Mô-đun Hai");
		long cell = create(UnitKind.CELL, from, "Chi bộ Mô-đun");
		this.units.rename(new RenameUnitCmd(cell, "Chi bộ Mô-đun Đổi tên", null, LocalDate.of(2010, 1, 1), null, null));

		scenario.stimulate(() -> {
			TestCallers.runAs(TestCallers.admin());
			return this.units.move(new MoveUnitCmd(cell, to, LocalDate.of(2020, 1, 1), null, null));
		}).andWaitForEventOfType(UnitMoved.class).matching((e) -> e.unitId() == cell).toArriveAndVerify((e, unit) -> {
			assertThat(e.oldPath()).isEqualTo("/" + from + "/" + cell + "/");
			assertThat(e.newPath()).isEqualTo("/" + to + "/" + cell + "/");
			assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2020, 1, 1));
			assertThat(unit.name()).isEqualTo("Chi bộ Mô-đun Đổi tên");
			assertThat(unit.parentId()).isEqualTo(to);
		});
	}

}
