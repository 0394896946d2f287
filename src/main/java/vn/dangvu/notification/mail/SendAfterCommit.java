package vn.dangvu.notification.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a notice's mails as soon as its transaction has committed, on a thread of its
 * own, so that neither the caller's transaction nor its request waits for the mail
 * server. What fails here is retried by {@link MailSendingJob}.
 */
@Component
class SendAfterCommit implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SendAfterCommit.class);

	private final MailSending sending;

	private final MailServer server;

	private final ExecutorService sender = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "mail-outbox");
		thread.setDaemon(true);
		return thread;
	});

	SendAfterCommit(MailSending sending, MailServer server) {
		this.sending = sending;
		this.server = server;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void queued(MailQueued event) {
		MailServer.Delivery delivery = this.server.current();
		if (delivery.mode() != MailServer.Mode.SMTP) {
			return;
		}
		this.sender.execute(() -> {
			try {
				this.sending.send(delivery, event.noticeId());
			}
			catch (RuntimeException ex) {
				log.warn("Mails of notice {} left for the outbox job", event.noticeId(), ex);
			}
		});
	}

	@Override
	public void destroy() {
		this.sender.shutdown();
	}

}
