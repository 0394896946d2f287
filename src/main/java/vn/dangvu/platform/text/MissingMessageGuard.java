package vn.dangvu.platform.text;

import java.util.Locale;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The pages' {@code text(key)} helpers pass the key itself as the default message, so a
 * missing key reaches the user as "person.history.reason.X" and no test notices. This
 * guard wraps the application's message source: a key-shaped code that no bundle holds is
 * logged at error and, with {@code dangvu.messages.strict=true} (the test profile), fails
 * the request instead of falling back.
 */
@Component
@RequiredArgsConstructor
class MissingMessageGuard implements BeanPostProcessor {

	private final Environment environment;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if ("messageSource".equals(beanName) && bean instanceof MessageSource source
				&& !(bean instanceof CheckedMessages)) {
			return new CheckedMessages(source,
					this.environment.getProperty("dangvu.messages.strict", Boolean.class, false));
		}
		return bean;
	}

	/** A message source that does not hide a missing key behind its default. */
	static final class CheckedMessages implements MessageSource {

		private static final Logger log = LoggerFactory.getLogger(CheckedMessages.class);

		/**
		 * Codes shaped like our keys ("module.thing.Value"); free text passes as before.
		 */
		private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_\\-]+)+");

		private final MessageSource delegate;

		private final boolean strict;

		CheckedMessages(MessageSource delegate, boolean strict) {
			this.delegate = delegate;
			this.strict = strict;
		}

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			if (code != null && defaultMessage != null && KEY.matcher(code).matches()) {
				String found = this.delegate.getMessage(code, args, null, locale);
				if (found != null) {
					return found;
				}
				if (this.strict) {
					throw new IllegalStateException(
							"Message key missing from the bundles: " + code + " (" + locale + ")");
				}
				log.error("Message key missing from the bundles: {} ({})", code, locale);
			}
			return this.delegate.getMessage(code, args, defaultMessage, locale);
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
			return this.delegate.getMessage(code, args, locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
			return this.delegate.getMessage(resolvable, locale);
		}

	}

}
