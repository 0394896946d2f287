package vn.dangvu.platform.policy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class VerdictTest {

	private static final RuleRef MIN_AGE = RuleRef.of("party.admission.minAge", LocalDate.of(2021, 7, 1),
			"Quy định 24-QĐ/TW");

	@Test
	void anAllowanceThrowsNothingAndCarriesNoMessage() {
		Verdict ok = Verdict.ok();
		assertThat(ok.allowed()).isTrue();
		assertThat(ok.messageKey()).isNull();
		assertThat(ok.args()).isEmpty();
		assertThat(ok.ruleRef()).isEmpty();
		assertThat(ok.under(MIN_AGE)).isSameAs(ok);
		assertThatNoException().isThrownBy(() -> ok.orThrow("birthDate"));
		assertThatNoException().isThrownBy(ok::orThrow);
	}

	@Test
	void aRejectionThrowsA422OnItsFieldWithItsArguments() {
		Verdict no = Verdict.reject("admission.age", 18, "Điều lệ");
		assertThat(no.allowed()).isFalse();
		assertThat(no.args()).containsExactly(18, "Điều lệ");
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> no.orThrow("birthDate"))
			.satisfies((ex) -> {
				assertThat(ex.status().value()).isEqualTo(422);
				assertThat(ex.field()).isEqualTo("birthDate");
				assertThat(ex.messageKey()).isEqualTo("admission.age");
				assertThat(ex.args()).containsExactly(18, "Điều lệ");
				assertThat(ex.rule()).isNull();
			});
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(no::orThrow)
			.satisfies((ex) -> assertThat(ex.field()).isNull());
	}

	@Test
	void aRejectionCitesTheRuleVersionItApplied() {
		Verdict no = Verdict.reject("admission.age", 18).under(MIN_AGE);
		assertThat(no.ruleRef()).contains(MIN_AGE);
		assertThat(no.messageKey()).isEqualTo("admission.age");
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(no::orThrow)
			.satisfies((ex) -> assertThat(ex.rule()).isEqualTo(MIN_AGE));
	}

	@Test
	void theFirstRejectionOfSeveralChecksWins() {
		assertThat(Verdict.ok().and(() -> Verdict.reject("b")).messageKey()).isEqualTo("b");
		assertThat(Verdict.reject("a").and(() -> Verdict.reject("b")).messageKey()).isEqualTo("a");
		assertThat(Verdict.ok().and(Verdict::ok).allowed()).isTrue();
	}

}
