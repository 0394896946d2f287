package vn.dangvu.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules module on its own (with the platform): the value of a rule on a date is the
 * version in force that day, with the document that set it.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ActiveProfiles("test")
class RulesModuleTest {

	@Autowired
	RulesApi rules;

	@Test
	void aRuleHasTheValueInForceOnTheDay() {
		RuleValue before = this.rules.valueOn("union.dues.rate", LocalDate.of(2025, 6, 30));
		RuleValue after = this.rules.valueOn("union.dues.rate", LocalDate.of(2025, 7, 1));

		assertThat(before.value()).isEqualTo("1");
		assertThat(before.source()).isEqualTo("Quyết định 1908/QĐ-TLĐ ngày 19/12/2016");
		assertThat(after.value()).isEqualTo("0.5");
		assertThat(after.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(this.rules.history("union.dues.rate")).extracting(RuleValue::value).contains("1", "0.5");
	}

}
