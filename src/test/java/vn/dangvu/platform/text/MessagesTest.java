package vn.dangvu.platform.text;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.env.MockEnvironment;

import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MessagesTest {

	private final StaticMessageSource source = new StaticMessageSource();

	MessagesTest() {
		this.source.addMessage("greeting", new Locale("vi"), "Xin chào {0}");
		this.source.addMessage("greeting", Locale.ENGLISH, "Hello {0}");
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void speaksTheRequestsLanguageOrTheOneAskedFor() {
		Messages messages = Messages.strict(this.source);
		LocaleContextHolder.setLocale(new Locale("vi"));
		assertThat(messages.text("greeting", "Lan")).isEqualTo("Xin chào Lan");
		assertThat(messages.text(Locale.ENGLISH, "greeting", "Lan")).isEqualTo("Hello Lan");
		assertThat(messages.text(new RuleViolationException("greeting", "Minh"))).isEqualTo("Xin chào Minh");
	}

	@Test
	void aMissingKeyFailsWhenStrict() {
		Messages messages = Messages.strict(this.source);
		assertThatIllegalStateException().isThrownBy(() -> messages.text(Locale.ENGLISH, "no.such.key"))
			.withMessageContaining("no.such.key");
		assertThat(messages.textOrNull("no.such.key")).isNull();
	}

	@Test
	void strictnessComesFromTheTestProfileSetting() {
		Messages strict = new Messages(this.source, new MockEnvironment().withProperty("dangvu.messages.strict", "true"));
		assertThatIllegalStateException().isThrownBy(() -> strict.text("no.such.key"));
		Messages lenient = new Messages(this.source, new MockEnvironment());
		assertThat(lenient.text(Locale.ENGLISH, "no.such.key")).as("logged at error, shown as the key")
			.isEqualTo("no.such.key");
	}

}
