package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.dangvu.organisation.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementPoliciesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

	/** The message key of a refusal, which must be there. */
	static String refusal(Optional<Rejection> verdict) {
		assertThat(verdict).isPresent();
		return verdict.get().messageKey();
	}

	@Nested
	class KindPlacement {

		@Test
		void cellUnderCellIsRefused() {
			assertThat(refusal(KindPlacementPolicy.check(UnitKind.CELL, UnitKind.CELL)))
				.isEqualTo("unit.rule.parentTakesNoChildren");
		}

		@Test
		void nothingGoesUnderAYouthBranch() {
			assertThat(KindPlacementPolicy.check(UnitKind.YOUTH_BRANCH, UnitKind.YOUTH_BRANCH)).isPresent();
			assertThat(KindPlacementPolicy.check(UnitKind.CELL, UnitKind.YOUTH_BRANCH)).isPresent();
		}

		@Test
		void partyUnitUnderUnionIsCrossFamily() {
			assertThat(refusal(KindPlacementPolicy.check(UnitKind.CELL, UnitKind.TRADE_UNION)))
				.isEqualTo("unit.rule.crossFamily");
			assertThat(refusal(KindPlacementPolicy.check(UnitKind.UNION_BRANCH, UnitKind.GRASSROOTS_COMMITTEE)))
				.isEqualTo("unit.rule.crossFamily");
		}

		@Test
		void subCommitteeOnlyUnderGrassrootsCommittee() {
			assertThat(KindPlacementPolicy.allows(UnitKind.SUB_COMMITTEE, UnitKind.GRASSROOTS_COMMITTEE)).isTrue();
			assertThat(refusal(KindPlacementPolicy.check(UnitKind.SUB_COMMITTEE, UnitKind.BLOC_COMMITTEE)))
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
			assertThat(refusal(KindPlacementPolicy.check(UnitKind.CELL, null))).isEqualTo("unit.rule.rootNotAllowed");
		}

	}

	@Nested
	class NoCycle {

		@Test
		void placingAUnitUnderItsDescendantIsRefused() {
			assertThat(refusal(NoCyclePolicy.check(5, "/1/5/23/"))).isEqualTo("unit.rule.cycle");
		}

		@Test
		void placingAUnitUnderItselfIsRefused() {
			assertThat(NoCyclePolicy.check(23, "/1/5/23/")).isPresent();
		}

		@Test
		void aSimilarIdInThePathIsNotACycle() {
			assertThat(NoCyclePolicy.check(5, "/1/15/55/")).isEmpty();
		}

	}

	@Nested
	class EffectiveDate {

		@Test
		void dateBeforeEstablishmentIsRefused() {
			assertThat(EffectiveDatePolicy.check(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1), null, TODAY))
				.get()
				.satisfies((r) -> {
					assertThat(r.messageKey()).isEqualTo("unit.date.beforeEstablished");
					assertThat(r.args()).containsExactly("01/01/2020");
				});
		}

		@Test
		void dateBeforeTheLatestChangeIsRefused() {
			assertThat(EffectiveDatePolicy.check(LocalDate.of(2023, 1, 1), LocalDate.of(2020, 1, 1),
					LocalDate.of(2024, 1, 1), TODAY))
				.get()
				.extracting(Rejection::messageKey)
				.isEqualTo("unit.date.beforeLatestChange");
		}

		@Test
		void moreThanAYearAheadIsRefusedButExactlyAYearIsAllowed() {
			assertThat(EffectiveDatePolicy.check(TODAY.plusYears(1).plusDays(1), LocalDate.of(2020, 1, 1), null, TODAY))
				.get()
				.extracting(Rejection::messageKey)
				.isEqualTo("unit.date.tooFarAhead");
			assertThat(EffectiveDatePolicy.check(TODAY.plusYears(1), LocalDate.of(2020, 1, 1), null, TODAY)).isEmpty();
		}

		@Test
		void theDayOfTheLatestChangeIsAllowed() {
			assertThat(EffectiveDatePolicy.check(LocalDate.of(2024, 1, 1), LocalDate.of(2020, 1, 1),
					LocalDate.of(2024, 1, 1), TODAY))
				.isEmpty();
		}

	}

	@Nested
	class OpenUnit {

		@Test
		void closingWithOpenChildrenIsRefused() {
			assertThat(OpenUnitPolicy.noOpenChildren("Đảng bộ A", 2)).get().satisfies((r) -> {
				assertThat(r.messageKey()).isEqualTo("unit.rule.hasOpenChildren");
				assertThat(r.args()).containsExactly("Đảng bộ A", 2L);
			});
			assertThat(OpenUnitPolicy.noOpenChildren("Đảng bộ A", 0)).isEmpty();
		}

		@Test
		void aClosedUnitCannotChangeNorReceiveChildren() {
			assertThat(OpenUnitPolicy.unitIsOpen("Chi bộ 1", LocalDate.of(2025, 3, 1))).isPresent();
			assertThat(OpenUnitPolicy.parentIsOpen("Chi bộ 1", LocalDate.of(2025, 3, 1))).get()
				.extracting(Rejection::field)
				.isEqualTo("parentId");
			assertThat(OpenUnitPolicy.unitIsOpen("Chi bộ 1", null)).isEmpty();
		}

	}

	@Nested
	class Leadership {

		@Test
		void onlyPartyUnitsLeadAndOnlyMassUnitsAreLed() {
			assertThat(LeadershipPolicy.check(UnitKind.TRADE_UNION, UnitKind.GRASSROOTS_COMMITTEE)).isEmpty();
			assertThat(refusal(LeadershipPolicy.check(UnitKind.TRADE_UNION, UnitKind.YOUTH_UNION)))
				.isEqualTo("unit.rule.leaderNotParty");
			assertThat(refusal(LeadershipPolicy.check(UnitKind.CELL, UnitKind.GRASSROOTS_COMMITTEE)))
				.isEqualTo("unit.rule.partyNotLed");
		}

	}

}
