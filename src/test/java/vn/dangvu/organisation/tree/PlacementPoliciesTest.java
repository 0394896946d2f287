package vn.dangvu.organisation.tree;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.organisation.UnitKind;
import vn.dangvu.platform.policy.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementPoliciesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

	@Nested
	class KindPlacement {

		/**
		 * A cell under a cell, a Party unit under a union (and back), a sub-committee
		 * under a bloc, a cell at the root.
		 */
		@ParameterizedTest(name = "{0} under {1}: {2}")
		@CsvSource({ "CELL, CELL, unit.rule.parentTakesNoChildren", "CELL, TRADE_UNION, unit.rule.crossFamily",
				"UNION_BRANCH, GRASSROOTS_COMMITTEE, unit.rule.crossFamily",
				"SUB_COMMITTEE, BLOC_COMMITTEE, unit.rule.kindNotAllowedUnder", "CELL, , unit.rule.rootNotAllowed" })
		void aMisplacedKindIsRefusedWithItsReason(UnitKind kind, UnitKind parent, String messageKey) {
			assertThat(KindPlacementPolicy.check(kind, parent)).extracting(Verdict::messageKey).isEqualTo(messageKey);
		}

		@Test
		void nothingGoesUnderAYouthBranch() {
			assertThat(KindPlacementPolicy.check(UnitKind.YOUTH_BRANCH, UnitKind.YOUTH_BRANCH))
				.matches((v) -> !v.allowed());
			assertThat(KindPlacementPolicy.check(UnitKind.CELL, UnitKind.YOUTH_BRANCH)).matches((v) -> !v.allowed());
		}

		/**
		 * A sub-committee only under a grassroots committee, a cell under every
		 * committee, the top kinds at the root.
		 */
		@ParameterizedTest(name = "{0} under {1}")
		@CsvSource({ "SUB_COMMITTEE, GRASSROOTS_COMMITTEE", "CELL, BLOC_COMMITTEE", "CELL, GRASSROOTS_COMMITTEE",
				"CELL, SUB_COMMITTEE", "BLOC_COMMITTEE, ", "TRADE_UNION, " })
		void aKindFitsWhereItBelongs(UnitKind kind, UnitKind parent) {
			assertThat(KindPlacementPolicy.allows(kind, parent)).isTrue();
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
