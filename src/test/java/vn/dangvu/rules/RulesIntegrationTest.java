package vn.dangvu.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RulesIntegrationTest {

	@Autowired
	RulesApi rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@AfterEach
	void clear() {
		TestCallers.clear();
	}

	@Test
	void unionDuesRateChangesOnTheFirstOfJuly2025() {
		RuleValue june = this.rules.valueOn("union.dues.rate", LocalDate.of(2025, 6, 30));
		RuleValue july = this.rules.valueOn("union.dues.rate", LocalDate.of(2025, 7, 1));
		assertThat(june.asRate()).isEqualByComparingTo(new BigDecimal("0.01"));
		assertThat(june.source()).contains("1908/QĐ-TLĐ");
		assertThat(june.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(july.asRate()).isEqualByComparingTo(new BigDecimal("0.005"));
		assertThat(july.source()).contains("61/QĐ-TLĐ");
		assertThat(july.validTo()).isNull();
	}

	@Test
	void baseSalaryAndThresholdsReadAsTheirTypes() {
		assertThat(this.rules.valueOn("salary.base", LocalDate.of(2024, 6, 30)).asMoney()).isEqualTo(1_800_000);
		assertThat(this.rules.valueOn("salary.base", LocalDate.of(2024, 7, 1)).asMoney()).isEqualTo(2_340_000);
		assertThat(this.rules.valueOn("membership.cell-resolution.threshold", LocalDate.of(2026, 1, 1)).asFraction())
			.isEqualTo(new Fraction(2, 3));
		assertThat(this.rules.valueOn("membership.probation.months", LocalDate.of(2026, 1, 1)).asInt()).isEqualTo(12);
	}

	@Test
	void aRuleBeforeItsFirstVersionIsMissingWithAReadableReason() {
		assertThat(this.rules.findOn("salary.base", LocalDate.of(2020, 1, 1))).isEmpty();
		assertThatThrownBy(() -> this.rules.valueOn("salary.base", LocalDate.of(2020, 1, 1)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("rule.missing");
	}

	@Test
	void aNewVersionAppliesFromItsDateAndACorrectionOnTheSameDateWins() {
		TestCallers.runAs(TestCallers.admin());
		this.rules.addVersion(new NewRuleVersion("directive.reminder.days-before", "7", LocalDate.of(2031, 1, 1),
				"Quyết định thử 1", true, null));
		assertThat(this.rules.valueOn("directive.reminder.days-before", LocalDate.of(2030, 12, 31)).asInt())
			.isEqualTo(5);
		assertThat(this.rules.valueOn("directive.reminder.days-before", LocalDate.of(2031, 1, 1)).asInt()).isEqualTo(7);
		this.rules.addVersion(new NewRuleVersion("directive.reminder.days-before", "6", LocalDate.of(2031, 1, 1),
				"Quyết định thử 2 (đính chính)", true, null));
		RuleValue corrected = this.rules.valueOn("directive.reminder.days-before", LocalDate.of(2031, 6, 1));
		assertThat(corrected.asInt()).isEqualTo(6);
		assertThat(corrected.source()).contains("đính chính");
		// the first version is still stored, never overwritten
		assertThat(this.jdbc
			.sql("select count(*) from rule_value where rule_key = 'directive.reminder.days-before' and value = '7'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void storedVersionsCannotBeEditedOrDeleted() {
		assertThatThrownBy(
				() -> this.jdbc.sql("update rule_value set value = '99' where rule_key = 'salary.base'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from rule_value where rule_key = 'salary.base'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void onlyAnAdministratorAddsVersions() {
		TestCallers.runAs(new PeopleFixtures(this.jdbc).tree("Quy định").office());
		assertThatThrownBy(() -> this.rules.addVersion(
				new NewRuleVersion("salary.base", "3000000", LocalDate.of(2032, 1, 1), "Nghị định thử", true, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void valuesAreCheckedAgainstTheRuleType() {
		TestCallers.runAs(TestCallers.admin());
		assertThatThrownBy(() -> this.rules.addVersion(
				new NewRuleVersion("membership.probation.months", "twelve", LocalDate.of(2032, 1, 1), "X", true, null)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("rule.value.invalid.INTEGER");
		RuleValue money = this.rules.addVersion(new NewRuleVersion("salary.base", "2.530.000", LocalDate.of(2033, 7, 1),
				"Nghị định thử", false, "dự kiến"));
		assertThat(money.asMoney()).isEqualTo(2_530_000);
		assertThat(money.confirmed()).isFalse();
	}

	@Test
	void workingDaysFollowTheSeededCalendar() {
		// Tết 2026: Monday 16/2 to Friday 20/2.
		assertThat(this.rules.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
		// 2025: Saturday 26/4 is a make-up day, Friday 2/5 is off.
		assertThat(this.rules.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(this.rules.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
		// 60 working days from a date late in the year reach into the next one.
		LocalDate due = this.rules.addWorkingDays(LocalDate.of(2025, 12, 1), 60);
		assertThat(this.rules.workingDaysBetween(LocalDate.of(2025, 12, 1), due)).isEqualTo(60);
		assertThat(due.getYear()).isEqualTo(2026);
	}

	@Test
	void aCalendarChangeMadeOutsideThisNodeIsReadByTheNextQuestion() {
		// Tuesday 5/3/2097; the row is written straight into the tables, as another node
		// or
		// psql would: the revision the trigger raises makes the kept calendar stale.
		LocalDate day = LocalDate.of(2097, 3, 5);
		this.jdbc.sql("insert into calendar_year (year, source) values (2097, 'Thử') on conflict do nothing").update();
		this.jdbc.sql("delete from calendar_day where day = :d").param("d", day).update();
		assertThat(this.rules.isWorkingDay(day)).isTrue();
		this.jdbc.sql("insert into calendar_day (day, kind, name) values (:d, 'HOLIDAY', 'Ngày nghỉ thử')")
			.param("d", day)
			.update();
		assertThat(this.rules.isWorkingDay(day)).isFalse();
		assertThat(this.rules.addWorkingDays(LocalDate.of(2097, 3, 4), 1)).isEqualTo(LocalDate.of(2097, 3, 6));
		this.jdbc.sql("delete from calendar_day where day = :d").param("d", day).update();
		assertThat(this.rules.isWorkingDay(day)).isTrue();
	}

	@Test
	void aChangeRolledBackIsNeverKept() {
		LocalDate day = LocalDate.of(2097, 3, 6);
		this.jdbc.sql("insert into calendar_year (year, source) values (2097, 'Thử') on conflict do nothing").update();
		assertThat(this.rules.isWorkingDay(day)).isTrue();
		this.tx.executeWithoutResult((status) -> {
			this.jdbc.sql("insert into calendar_day (day, kind, name) values (:d, 'HOLIDAY', 'Ngày nghỉ thử')")
				.param("d", day)
				.update();
			// the writing transaction sees its own change...
			assertThat(this.rules.isWorkingDay(day)).isFalse();
			status.setRollbackOnly();
		});
		// ...which no one else ever sees
		assertThat(this.rules.isWorkingDay(day)).isTrue();
	}

}
