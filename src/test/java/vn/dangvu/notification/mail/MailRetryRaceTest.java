package vn.dangvu.notification.mail;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two administrators send the same failed mail again at the same instant, round after
 * round: it is queued once (one told it is queued, the other that it is no longer
 * failed), audited once, its attempts counted from zero.
 */
@IntegrationTest
class MailRetryRaceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoClicksAtOnceQueueAFailedMailOnce() throws Exception {
		long notice = this.jdbc.sql("""
				insert into notice (kind, reference, subject, body, created_at, created_by)
				values ('TEST', 'test:retry-race', 'Thư lỗi', 'Nội dung', now(), 'test') returning id""")
			.query(Long.class)
			.single();
		try {
			Races.rounds((round) -> {
				long id = this.jdbc
					.sql("""
							insert into mail_outbox (notice_id, person_id, recipient, recipient_name, subject, body, status,
							  attempts, next_attempt_at, created_at, search_text, last_error, last_failure)
							values (:n, 0, 'a@b.example.vn', 'A', 'Thư lỗi', 'Nội dung', 'FAILED', 5, now(), now(), 'thu loi',
							  'Connection refused', 'CONNECTION')
							returning id""")
					.param("n", notice)
					.query(Long.class)
					.single();
				String url = "/notifications/outbox/" + id + "/again";
				List<MvcResult> results = Races.atOnce(
						() -> this.mvc.perform(post(url).with(TestCallers.as(TestCallers.admin())).with(csrf()))
							.andReturn(),
						() -> this.mvc.perform(post(url).with(TestCallers.as(TestCallers.admin())).with(csrf()))
							.andReturn());
				assertThat(results).extracting((r) -> r.getFlashMap().containsKey("flashMessage"))
					.as("round " + round + ": one queued it, the other was told it is no longer failed")
					.containsExactlyInAnyOrder(true, false);
				assertThat(this.jdbc.sql("select status || '/' || attempts from mail_outbox where id = :id")
					.param("id", id)
					.query(String.class)
					.single()).isEqualTo("QUEUED/0");
				assertThat(this.jdbc
					.sql("select count(*) from audit_event where entity_type = 'MailOutbox' and action = 'SEND_AGAIN'"
							+ " and entity_id = :id")
					.param("id", String.valueOf(id))
					.query(Long.class)
					.single()).isEqualTo(1);
			});
		}
		finally {
			this.jdbc.sql("delete from mail_outbox where notice_id = :n").param("n", notice).update();
		}
	}

}
