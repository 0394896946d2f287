package vn.dangvu.notification.mail;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.dangvu.platform.DemoMode;

/**
 * Where the outbox's mails go (decision 0240): nowhere in demo mode (they are kept for
 * the outbox page), nowhere yet when no SMTP host is configured (they wait, queued), else
 * to Spring's {@link JavaMailSender} for {@code spring.mail.*} (from
 * {@code DANGVU_MAIL_*}).
 */
@Component
class MailServer {

	private final AtomicReference<Delivery> current;

	MailServer(DemoMode demo, ObjectProvider<JavaMailSender> senders, @Value("${spring.mail.host:}") String host,
			@Value("${spring.mail.port:25}") int port, @Value("${dangvu.mail.from:}") String from) {
		JavaMailSender sender = senders.getIfAvailable();
		Mode mode = demo.isEnabled() ? Mode.DEMO
				: (StringUtils.hasText(host) && sender != null) ? Mode.SMTP : Mode.NOT_CONFIGURED;
		String sentFrom = StringUtils.hasText(from) ? from.strip()
				: "no-reply@" + (StringUtils.hasText(host) ? host.strip() : "localhost");
		this.current = new AtomicReference<>(new Delivery(mode, (mode == Mode.SMTP) ? sender : null,
				StringUtils.hasText(host) ? host.strip() + ":" + port : "", sentFrom));
	}

	Delivery current() {
		return this.current.get();
	}

	/**
	 * Points the outbox at another server and answers the one it replaces. For the tests
	 * of the shared application context only, which switch to an in-process SMTP server
	 * and back as they move the clock (decision 0240).
	 */
	Delivery use(Delivery delivery) {
		return this.current.getAndSet(delivery);
	}

	enum Mode {

		/** Demo mode: nothing leaves the application. */
		DEMO,
		/** No SMTP host: mails wait in the outbox. */
		NOT_CONFIGURED,
		/** Mails go to the SMTP server. */
		SMTP

	}

	/**
	 * @param sender the client (null unless {@link Mode#SMTP})
	 * @param server host:port, for the outbox page
	 * @param from the sender's address ({@code DANGVU_MAIL_FROM})
	 */
	record Delivery(Mode mode, JavaMailSender sender, String server, String from) {

		static Delivery smtp(JavaMailSender sender, String server, String from) {
			return new Delivery(Mode.SMTP, sender, server, from);
		}

	}

}
