package vn.dangvu.notification.mail;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class MailFailureTest {

	@Test
	void aServerOutOfReachIsAConnectionFailureHoweverDeepTheCause() {
		MailSendException spring = new MailSendException("Mail server connection failed", new MessagingException(
				"Couldn't connect to host, port: localhost, 25", new ConnectException("Connection refused")));
		assertThat(MailFailure.of(spring)).isEqualTo(MailFailure.CONNECTION);
		assertThat(MailFailure
			.of(new MailSendException("x", new MessagingException("y", new UnknownHostException("smtp")))))
			.isEqualTo(MailFailure.CONNECTION);
	}

	@Test
	void aRefusedPasswordIsAnAuthenticationFailure() {
		assertThat(MailFailure.of(new MailAuthenticationException(new AuthenticationFailedException("535"))))
			.isEqualTo(MailFailure.AUTHENTICATION);
	}

	@Test
	void aRefusedAddressAmongTheFailedMessagesIsARecipientFailure() {
		MailSendException send = new MailSendException(
				Map.of(new Object(), new SendFailedException("550 5.1.1 user unknown")));
		assertThat(MailFailure.of(send)).isEqualTo(MailFailure.RECIPIENT);
	}

	@Test
	void aMailThatCannotBeBuiltIsAMessageFailureAndTheRestIsOther() {
		assertThat(MailFailure.of(new MailParseException("bad address"))).isEqualTo(MailFailure.MESSAGE);
		assertThat(MailFailure.of(new MessagingException("bad header"))).isEqualTo(MailFailure.MESSAGE);
		assertThat(MailFailure.of(new MailSendException("452 mailbox full"))).isEqualTo(MailFailure.OTHER);
	}

}
