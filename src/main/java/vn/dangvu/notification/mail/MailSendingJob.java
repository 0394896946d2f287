package vn.dangvu.notification.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute (by default), on one node at a time (ShedLock, decision 0223), sends the
 * mails that are due: those left queued while no server answered, and the retries. The
 * rows themselves are claimed one by one, so a second node never sends a mail twice; a
 * period claim in {@code job_run} is not needed (decision 0240).
 */
@Component
class MailSendingJob {

	static final String NAME = "send-mail-outbox";

	private final MailSending sending;

	MailSendingJob(MailSending sending) {
		this.sending = sending;
	}

	@Scheduled(fixedDelayString = "${dangvu.jobs.mail.delay:PT1M}",
			initialDelayString = "${dangvu.jobs.mail.delay:PT1M}")
	@SchedulerLock(name = NAME, lockAtLeastFor = "PT1S", lockAtMostFor = "PT10M")
	void run() {
		this.sending.sendDue();
	}

}
