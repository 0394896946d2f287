package vn.dangvu.platform.text;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.error.DomainException;

/**
 * The one way Java code turns a message key into text (decision 0204); it replaces the
 * private {@code text(key, args)} helpers of controllers, exports and mails.
 *
 * <pre>{@code
 * redirect.addFlashAttribute("flashMessage", this.messages.text("account.created"));
 * }</pre>
 *
 * A key no bundle holds is never shown as the key in silence: with
 * {@code dangvu.messages.strict=true} (the test profile) it throws, so the test that
 * reaches it fails; otherwise it logs an error and shows the key (as
 * {@link MissingMessageGuard} does for templates).
 */
@Component
public class Messages {

	private static final Logger log = LoggerFactory.getLogger(Messages.class);

	private final MessageSource source;

	private final boolean strict;

	@Autowired
	Messages(MessageSource source, Environment environment) {
		this(source, environment.getProperty("dangvu.messages.strict", Boolean.class, false));
	}

	private Messages(MessageSource source, boolean strict) {
		this.source = source;
		this.strict = strict;
	}

	/** For unit tests that build a controller by hand: missing keys throw. */
	public static Messages strict(MessageSource source) {
		return new Messages(source, true);
	}

	/** The message in the current request's language (Vietnamese outside a request). */
	public String text(String key, Object... args) {
		return text(LocaleContextHolder.getLocale(), key, args);
	}

	/** The message in the given language. */
	public String text(Locale locale, String key, Object... args) {
		String found = this.source.getMessage(key, (args == null || args.length == 0) ? null : args, null, locale);
		if (found != null) {
			return found;
		}
		if (this.strict) {
			throw new IllegalStateException("Message key missing from the bundles: " + key + " (" + locale + ")");
		}
		log.error("Message key missing from the bundles: {} ({})", key, locale);
		return key;
	}

	/** The text of a refusal: its message key with its arguments. */
	public String text(DomainException refusal) {
		return text(refusal.messageKey(), refusal.args());
	}

	/**
	 * The message when the bundles hold the key, else null: for keys built from data
	 * ({@code "audit.action." + action}) where a fallback is expected.
	 */
	public String textOrNull(String key, Object... args) {
		return this.source.getMessage(key, (args == null || args.length == 0) ? null : args, null,
				LocaleContextHolder.getLocale());
	}

}
