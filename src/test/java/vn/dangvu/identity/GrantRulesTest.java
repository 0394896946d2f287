package vn.dangvu.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dangvu.identity.account.GrantRules;
import vn.dangvu.identity.account.GrantRules.UnitFacts;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private final Map<Long, UnitFacts> units = Map.of(1L, new UnitFacts("GRASSROOTS_COMMITTEE", null), 2L,
			new UnitFacts("CELL", null), 3L, new UnitFacts("TRADE_UNION", null), 4L,
			new UnitFacts("YOUTH_BRANCH", null), 5L, new UnitFacts("CELL", TODAY));

	private void check(Long personId, Grant... grants) {
		GrantRules.check(List.of(grants), personId, this.units::get, TODAY);
	}

	@Test
	void eachUnitRoleAcceptsItsKindOfUnit() {
		assertThatCode(() -> check(null, new Grant(Role.COMMITTEE_OFFICE, 1L), new Grant(Role.CELL_SECRETARY, 2L),
				new Grant(Role.UNION_OFFICER, 3L), new Grant(Role.YOUTH_OFFICER, 4L), new Grant(Role.ADMIN, null)))
			.doesNotThrowAnyException();
	}

	@Test
	void cellSecretaryMustHoldACell() {
		assertThatThrownBy(() -> check(null, new Grant(Role.CELL_SECRETARY, 1L)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("account.grant.unit.kind.CELL_SECRETARY");
	}

	@Test
	void unitRolesNeedAUnitAndAdminTakesNone() {
		assertThatThrownBy(() -> check(null, new Grant(Role.UNION_OFFICER, null)))
			.hasMessage("account.grant.unit.required");
		assertThatThrownBy(() -> check(null, new Grant(Role.ADMIN, 1L))).hasMessage("account.grant.unit.notAllowed");
	}

	@Test
	void memberNeedsALinkedPerson() {
		assertThatThrownBy(() -> check(null, new Grant(Role.MEMBER, null)))
			.hasMessage("account.grant.member.needsPerson");
		assertThatCode(() -> check(7L, new Grant(Role.MEMBER, null))).doesNotThrowAnyException();
	}

	@Test
	void closedUnitsUnknownUnitsDuplicatesAndNoGrantsAreRefused() {
		assertThatThrownBy(() -> check(null, new Grant(Role.CELL_SECRETARY, 5L)))
			.hasMessage("account.grant.unit.closed");
		assertThatThrownBy(() -> check(null, new Grant(Role.CELL_SECRETARY, 99L)))
			.hasMessage("account.grant.unit.unknown");
		assertThatThrownBy(() -> check(null, new Grant(Role.ADMIN, null), new Grant(Role.ADMIN, null)))
			.hasMessage("account.grant.duplicate");
		assertThatThrownBy(() -> check(null)).hasMessage("account.grant.none");
	}

}
