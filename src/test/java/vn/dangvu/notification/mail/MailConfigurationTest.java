package vn.dangvu.notification.mail;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import vn.dangvu.platform.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DANGVU_MAIL_*} through application.properties onto Spring's mail client, and
 * where the outbox's mails go: demo mode (the embedded database), no host, or the server
 * (decision 0240). Without the whole application: the properties file, Boot's mail
 * auto-configuration and {@link MailServer}.
 */
class MailConfigurationTest {

	/** An external database: not demo mode unless asked. */
	private static final String EXTERNAL = "DANGVU_DB_URL=jdbc:postgresql://db.example.vn/dangvu";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment().getPropertySources().addLast(properties()))
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withBean(DemoMode.class)
		.withBean(MailServer.class);

	@Test
	void theVariablesConfigureTheSmtpClient() {
		this.runner
			.withPropertyValues(EXTERNAL, "DANGVU_MAIL_HOST=smtp.example.vn", "DANGVU_MAIL_PORT=2525",
					"DANGVU_MAIL_USERNAME=dangvu", "DANGVU_MAIL_PASSWORD=bí-mật", "DANGVU_MAIL_STARTTLS=false",
					"DANGVU_MAIL_FROM=Đảng vụ <dangvu@example.vn>")
			.run((context) -> {
				JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
				assertThat(sender.getHost()).isEqualTo("smtp.example.vn");
				assertThat(sender.getPort()).isEqualTo(2525);
				assertThat(sender.getUsername()).isEqualTo("dangvu");
				assertThat(sender.getPassword()).isEqualTo("bí-mật");
				assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
				assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "false")
					.containsEntry("mail.smtp.starttls.required", "false")
					.containsEntry("mail.smtp.timeout", "10000");
				MailServer.Delivery delivery = context.getBean(MailServer.class).current();
				assertThat(delivery.mode()).isEqualTo(MailServer.Mode.SMTP);
				assertThat(delivery.server()).isEqualTo("smtp.example.vn:2525");
				assertThat(delivery.from()).isEqualTo("Đảng vụ <dangvu@example.vn>");
			});
	}

	@Test
	void byDefaultSubmissionWithStartTlsRequired() {
		this.runner.withPropertyValues(EXTERNAL, "DANGVU_MAIL_HOST=smtp.example.vn").run((context) -> {
			JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
			assertThat(sender.getPort()).isEqualTo(587);
			assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true")
				.containsEntry("mail.smtp.starttls.required", "true");
			assertThat(context.getBean(MailServer.class).current().from()).isEqualTo("no-reply@smtp.example.vn");
		});
	}

	@Test
	void withoutAHostTheApplicationStartsAndMailsWait() {
		this.runner.withPropertyValues(EXTERNAL).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(MailServer.class).current().mode()).isEqualTo(MailServer.Mode.NOT_CONFIGURED);
		});
	}

	@Test
	void inDemoModeNothingIsSentEvenWithAHost() {
		this.runner.withPropertyValues("DANGVU_MAIL_HOST=smtp.example.vn")
			.run((context) -> assertThat(context.getBean(MailServer.class).current().mode())
				.isEqualTo(MailServer.Mode.DEMO));
	}

	@Test
	void theConfiguredClientDeliversToARealSmtpServer() {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		try {
			this.runner
				.withPropertyValues(EXTERNAL, "DANGVU_MAIL_HOST=127.0.0.1",
						"DANGVU_MAIL_PORT=" + greenMail.getSmtp().getPort(), "DANGVU_MAIL_STARTTLS=false")
				.run((context) -> {
					JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
					MimeMessage message = sender.createMimeMessage();
					MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
					helper.setFrom("no-reply@127.0.0.1");
					helper.setTo("dangvien@chibo.example.vn");
					helper.setSubject("Giấy mời họp chi bộ");
					helper.setText("Kính gửi đồng chí Nguyễn Văn Đức,");
					sender.send(message);
				});
			assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
			MimeMessage received = greenMail.getReceivedMessages()[0];
			assertThat(received.getSubject()).isEqualTo("Giấy mời họp chi bộ");
			assertThat(received.getContent()).asString().contains("Kính gửi đồng chí Nguyễn Văn Đức,");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			greenMail.stop();
		}
	}

	private static ResourcePropertySource properties() {
		try {
			return new ResourcePropertySource("classpath:application.properties");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
