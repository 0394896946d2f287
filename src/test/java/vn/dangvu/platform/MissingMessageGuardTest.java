package vn.dangvu.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The helpers that pass the key as the default message no longer hide a missing key:
 * under the test profile it fails loudly.
 */
@IntegrationTest
class MissingMessageGuardTest {

	@Autowired
	MessageSource messages;

	@Test
	void aMissingKeyWithTheKeyAsItsDefaultFailsInTests() {
		assertThatThrownBy(() -> this.messages.getMessage("person.history.reason.NOPE", null,
				"person.history.reason.NOPE", Locale.forLanguageTag("vi")))
			.hasMessageContaining("person.history.reason.NOPE");
	}

	@Test
	void aKeyThatExistsAndFreeTextStillResolve() {
		assertThat(this.messages.getMessage("person.history.reason.DEMO", null, "person.history.reason.DEMO",
				Locale.forLanguageTag("vi")))
			.isEqualTo("Dữ liệu trình diễn");
		assertThat(this.messages.getMessage("Một câu tự do", null, "Một câu tự do", Locale.forLanguageTag("vi")))
			.isEqualTo("Một câu tự do");
	}

}
