package vn.dangvu.organisation.tree;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.dangvu.organisation.UnitKind;
import vn.dangvu.platform.policy.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementPoliciesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

	@Nested
	class KindPlacement {

		@Test
		void cellUnderCellIsRefused() {
			assertThat(KindPlacementPolicy.check(UnitKind.CELL, UnitKind.CELL)).extracting(Verdict::messageKey)
				.isEqualTo("unit.rule.parentTakesNoChildren");
		}

		@Test
		void nothingGoesUnderAYouthBranch() {
			assertThat(KindPlacementPolicy.check(UnitKind.YOUTH_BRANCH, UnitKind.YOUTH_BRANCH))
				.matches((v) -> !v.allowed());
			assertThat(KindPlacementPolicy.check(UnitKind.CELL, UnitKind.YOUTH_BRANCH)).matches((v) -> !v.allowed());
		}

		@Test
		void partyUnitUnderUnionIsCrossFamily() {
			assertThat(KindPlacementPolicy.check(UnitKind.CELL, UnitKind.TRADE_UNION)).extracting(Verdict::messageKey)
				.isEqualTo("unit.rule.crossFamily");
			assertThat(KindPlacementPolicy.check(UnitKind.UNION_BRANCH, UnitKind.GRASSROOTS_COMMITTEE))
				.extracting(Verdict::messageKey)
				.isEqualTo("unit.rule.crossFamily");
		}

		@Test
		void subCommitteeOnlyUnderGrassrootsCommittee() {
			assertThat(KindPlacementPolicy.allows(UnitKind.SUB_COMMITTEE, UnitKind.GRASSROOTS_COMMITTEE)).isTrue();
			assertThat(KindPlacementPolicy.check(UnitKind.SUB_COMMITTEE, UnitKind.BLOC_COMMITTEE))
				.extracting(Verdict::messageKey)
				.isEqualTo("unit.rule.kindNotAllowedUnder");
		}

		@Test
		void cellFitsUnderEveryCommittee() {
			assertThat(KindPlacementPolicy.allows(UnitKind.CELL, UnitKind.BLOC_COMMITTEE)).isTrue();
			assertThat(KindPlacementPolicy.allows(UnitKind.CELL, UnitKind.GRASSROOTS_COMMITTEE)).isTrue();
			assertThat(KindPlacementPolicy.allows(UnitKind.CELL, UnitKind.SUB_COMMITTEE)).isTrue();
		}

		@Test
		void onlyTopKindsMayBeRoots() {
			assertThat(KindPlacementPolicy.allows(UnitKind.BLOC_COMMITTEE, null)).isTrue();
			assertThat(KindPlacementPolicy.allows(UnitKind.TRADE_UNION, null)).isTrue();
			assertThat(KindPlacementPolicy.check(UnitKind.CELL, null)).extracting(Verdict::messageKey)
				.isEqualTo("unit.rule.rootNotAllowed");
		}

	}

	@Nested
	class NoCycle {

		@Test
		void placingAUnitUnderItsDescendantIsRefused() {
			assertThat(NoCyclePolicy.check(5, "/1/5/23/")).extracting(Verdict::messageKey).isEqualTo("unit.rule.cycle");
		}

		@Test
		void placingAUnitUnderItselfIsRefused() {
			assertThat(NoCyclePolicy.check(23, "/1/5/23/")).matches((v) -> !v.allowed());
		}

		@Test
		void aSimilarIdInThePathIsNotACycle() {
			assertThat(NoCyclePolicy.check(5, "/1/15/55/")).matches(Verdict::allowed);
		}

	}

	@Nested
	class EffectiveDate {

		@Test
		void dateBeforeEstablishmentIsRefused() {
			assertThat(EffectiveDatePolicy.check(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1), null, TODAY))
				.satisfies((r) -> {
					assertThat(r.messageKey()).isEqualTo("unit.date.beforeEstablished");
					assertThat(r.args()).containsExactly("01/01/2020");
				});
		}

		@Test
		void dateBeforeTheLatestChangeIsRefused() {
			assertThat(EffectiveDatePolicy.check(LocalDate.of(2023, 1, 1), LocalDate.of(2020, 1, 1),
					LocalDate.of(2024, 1, 1), TODAY))
				.extracting(Verdict::messageKey)
				.isEqualTo("unit.date.beforeLatestChange");
		}

		@Test
		void moreThanAYearAheadIsRefusedButExactlyAYearIsAllowed() {
			assertThat(EffectiveDatePolicy.check(TODAY.plusYears(1).plusDays(1), LocalDate.of(2020, 1, 1), null, TODAY))
				.extracting(Verdict::messageKey)
				.isEqualTo("unit.date.tooFarAhead");
			assertThat(EffectiveDatePolicy.check(TODAY.plusYears(1), LocalDate.of(2020, 1, 1), null, TODAY))
				.matches(Verdict::allowed);
		}

		@Test
		void theDayOfTheLatestChangeIsAllowed() {
			assertThat(EffectiveDatePolicy.check(LocalDate.of(2024, 1, 1), LocalDate.of(2020, 1, 1),
					LocalDate.of(2024, 1, 1), TODAY))
				.matches(Verdict::allowed);
		}

	}

	@Nested
	class OpenUnit {

		@Test
		void closingWithOpenChildrenIsRefused() {
			assertThat(OpenUnitPolicy.noOpenChildren("Đảng bộ A", 2)).satisfies((r) -> {
				assertThat(r.messageKey()).isEqualTo("unit.rule.hasOpenChildren");
				assertThat(r.args()).containsExactly("Đảng bộ A", 2L);
			});
			assertThat(OpenUnitPolicy.noOpenChildren("Đảng bộ A", 0)).matches(Verdict::allowed);
		}

		@Test
		void aClosedUnitCannotChangeNorReceiveChildren() {
			assertThat(OpenUnitPolicy.unitIsOpen("Chi bộ 1", LocalDate.of(2025, 3, 1))).matches((v) -> !v.allowed());
			assertThat(OpenUnitPolicy.parentIsOpen("Chi bộ 1", LocalDate.of(2025, 3, 1))).extracting(Verdict::field)
				.isEqualTo("parentId");
			assertThat(OpenUnitPolicy.unitIsOpen("Chi bộ 1", null)).matches(Verdict::allowed);
		}

	}

	@Nested
	class Leadership {

		@Test
		void onlyPartyUnitsLeadAndOnlyMassUnitsAreLed() {
			assertThat(LeadershipPolicy.check(UnitKind.TRADE_UNION, UnitKind.GRASSROOTS_COMMITTEE))
				.matches(Verdict::allowed);
			assertThat(LeadershipPolicy.check(UnitKind.TRADE_UNION, UnitKind.YOUTH_UNION))
				.extracting(Verdict::messageKey)
				.isEqualTo("unit.rule.leaderNotParty");
			assertThat(LeadershipPolicy.check(UnitKind.CELL, UnitKind.GRASSROOTS_COMMITTEE))
				.extracting(Verdict::messageKey)
				.isEqualTo("unit.rule.partyNotLed");
		}

	}

}
