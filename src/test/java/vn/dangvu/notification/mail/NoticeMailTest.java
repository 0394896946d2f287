package vn.dangvu.notification.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.TestClock;
import vn.dangvu.notification.Notice;
import vn.dangvu.notification.NoticeDelivery;
import vn.dangvu.notification.NotificationApi;
import vn.dangvu.notification.SentNotice;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices by e-mail through a real SMTP client to GreenMail, an SMTP server in the test
 * JVM on a free port (decision 0240). The shared application context runs in demo mode;
 * each test points the outbox at the server it needs and back, as tests move the clock.
 */
@IntegrationTest
class NoticeMailTest {

	private static final String FROM = "dang-vu@thu.example.vn";

	private static GreenMail greenMail;

	@Autowired
	NotificationApi api;

	@Autowired
	MailServer server;

	@Autowired
	MailSending sending;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	private MailServer.Delivery previous;

	private PeopleFixtures.Tree tree;

	@BeforeAll
	static void startServer() {
		greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
	}

	@AfterAll
	static void stopServer() {
		greenMail.stop();
	}

	@BeforeEach
	void pointAtGreenMail() {
		this.previous = this.server.use(greenMailDelivery(greenMail.getSmtp().getPort()));
		this.tree = new PeopleFixtures(this.jdbc).tree("thư " + UUID.randomUUID().toString().substring(0, 6));
	}

	@AfterEach
	void restore() throws Exception {
		this.server.use(this.previous);
		this.clock.reset();
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void aNoticeReachesEachRecipientWithAnAddressByMailAndEveryRecipientInTheApplication() throws Exception {
		String tag = unique();
		long an = person("Nguyễn Thị Ánthư", "an." + tag + "@chibo.example.vn");
		long binh = person("Trần Văn Bìnhthư", "binh." + tag + "@chibo.example.vn");
		long cuong = person("Lê Văn Cườngthư", null);
		SentNotice sent = this.api.send(new Notice(Set.of(an, binh, cuong), "Triệu tập sinh hoạt chi bộ tháng 12",
				"Thời gian: 14 giờ 00, thứ Năm 18/12/2026.\nĐịa điểm: Phòng họp tầng 2.\nNội dung: Đánh giá kết quả thực hiện nghị quyết.",
				"/meetings/12", "MEETING_NOTICE", "meeting:12", this.tree.cell()));

		assertThat(sent.recipients()).isEqualTo(3);
		assertThat(sent.mails()).isEqualTo(2);
		List<MimeMessage> mails = awaitMails(tag, 2);
		assertThat(mails).extracting((m) -> ((InternetAddress) m.getAllRecipients()[0]).getAddress())
			.containsExactlyInAnyOrder("an." + tag + "@chibo.example.vn", "binh." + tag + "@chibo.example.vn");
		for (MimeMessage mail : mails) {
			assertThat(mail.getSubject()).isEqualTo("Triệu tập sinh hoạt chi bộ tháng 12");
			assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
			assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo(FROM);
			assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
			String body = (String) mail.getContent();
			assertThat(body).contains("Kính gửi đồng chí")
				.contains("Địa điểm: Phòng họp tầng 2.")
				.contains("Đánh giá kết quả thực hiện nghị quyết.");
		}
		MimeMessage toAn = mails.stream().filter((m) -> address(m).startsWith("an.")).findFirst().orElseThrow();
		assertThat((String) toAn.getContent()).contains("Kính gửi đồng chí Nguyễn Thị Ánthư,");
		assertThat(GreenMailUtil.getHeaders(toAn)).doesNotContain("binh." + tag);

		await(() -> statuses(sent.noticeId()).equals(List.of("SENT", "SENT")), "both mails recorded as sent");
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where notice_id = :n and person_id = :p")
			.param("n", sent.noticeId())
			.param("p", cuong)
			.query(Long.class)
			.single()).as("no mail for the person without an address").isZero();
		assertThat(this.api.deliveriesOf(sent.noticeId()))
			.extracting(NoticeDelivery::personId, NoticeDelivery::mail, (d) -> d.mailedAt() != null,
					NoticeDelivery::read)
			.containsExactlyInAnyOrder(tuple(an, NoticeDelivery.Mail.SENT, true, false),
					tuple(binh, NoticeDelivery.Mail.SENT, true, false),
					tuple(cuong, NoticeDelivery.Mail.NONE, false, false));
		assertThat(this.api.unreadCount(TestCallers.member(cuong))).isEqualTo(1);
		assertThat(this.api.noticesFor(TestCallers.member(cuong), 0, 10).notices()).singleElement()
			.satisfies((n) -> assertThat(n.subject()).isEqualTo("Triệu tập sinh hoạt chi bộ tháng 12"));
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'Notice' and entity_id = :id")
			.param("id", String.valueOf(sent.noticeId()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'MailOutbox' and action = 'SEND'
				and entity_id in (select id::text from mail_outbox where notice_id = :n)""")
			.param("n", sent.noticeId())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aServerThatRefusesLeavesTheMailFailedAfterItsAttemptsAndTheCallersWriteStands() throws Exception {
		this.server.use(greenMailDelivery(closedPort()));
		String tag = unique();
		long an = person("Phạm Thị Ánlỗi", "an." + tag + "@chibo.example.vn");
		SentNotice sent = this.transactions.execute((s) -> this.api.send(new Notice(Set.of(an), "Thông báo họp chi bộ",
				"Họp chi bộ thường kỳ.", null, "MEETING_NOTICE", "meeting:13", null)));

		await(() -> lastError(sent.noticeId()) != null, "the attempt after the commit");
		assertThat(attempts(sent.noticeId())).isEqualTo(1);
		assertThat(statuses(sent.noticeId())).containsExactly("QUEUED");
		assertThat(lastError(sent.noticeId())).isNotBlank();
		LocalDate today = VietnamTime.today(this.clock);
		for (int day = 1; day < this.sending.maxAttempts(); day++) {
			assertThat(this.sending.send(this.server.current(), sent.noticeId())).isZero();
			this.clock.setToday(today.plusDays(day));
			this.sending.send(this.server.current(), sent.noticeId());
		}
		assertThat(statuses(sent.noticeId())).containsExactly("FAILED");
		assertThat(attempts(sent.noticeId())).isEqualTo(this.sending.maxAttempts());
		assertThat(lastError(sent.noticeId())).containsIgnoringCase("connect");
		long mailId = this.jdbc.sql("select id from mail_outbox where notice_id = :n and last_failure = 'CONNECTION'")
			.param("n", sent.noticeId())
			.query(Long.class)
			.single();
		String page = this.mvc.perform(get("/notifications/outbox/" + mailId).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).as("the reason in the administrator's words, the server's own text as a detail")
			.contains("Không kết nối được máy chủ thư")
			.containsPattern("<code lang=\"en\"[^>]*>[^<]*onnect");
		this.clock.setToday(today.plusDays(30));
		this.sending.send(this.server.current(), sent.noticeId());
		assertThat(attempts(sent.noticeId())).as("a failed mail is not tried again")
			.isEqualTo(this.sending.maxAttempts());
		assertThat(this.api.unreadCount(TestCallers.member(an))).as("the notice itself stands").isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'MailOutbox' and action = 'FAIL'"
					+ " and entity_id in (select id::text from mail_outbox where notice_id = :n)")
			.param("n", sent.noticeId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aBackoffDoublesFromItsBase() {
		assertThat(this.sending.backoff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.sending.backoff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.sending.backoff(4)).isEqualTo(Duration.ofMinutes(8));
	}

	@Test
	void withoutAServerTheMailsWaitQueuedAndGoOutOnceThereIsOne() throws Exception {
		MailServer.Delivery smtp = this.server
			.use(new MailServer.Delivery(MailServer.Mode.NOT_CONFIGURED, null, "", FROM));
		String tag = unique();
		long an = person("Đỗ Văn Ánchờ", "an." + tag + "@chibo.example.vn");
		SentNotice sent = this.api.send(new Notice(Set.of(an), "Thông báo chờ " + tag, "Nội dung chờ gửi.", null,
				"MEETING_NOTICE", "meeting:14", null));
		assertThat(this.sending.sendDue()).isZero();
		assertThat(statuses(sent.noticeId())).containsExactly("QUEUED");
		assertThat(attempts(sent.noticeId())).isZero();
		String page = this.mvc.perform(get("/notifications/outbox?q=" + tag).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Chưa cấu hình máy chủ thư")
			.contains("Thông báo chờ " + tag)
			.contains("Đang chờ gửi");

		this.server.use(smtp);
		this.sending.send(this.server.current(), sent.noticeId());
		assertThat(awaitMails(tag, 1)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).isEqualTo("Thông báo chờ " + tag));
		assertThat(statuses(sent.noticeId())).containsExactly("SENT");
	}

	@Test
	void inDemoModeTheMailsStayInTheOutboxForTheAdministratorOnly() throws Exception {
		this.server.use(this.previous);
		assertThat(this.server.current().mode()).as("the tests run in demo mode").isEqualTo(MailServer.Mode.DEMO);
		String tag = unique();
		long an = person("Hoàng Thị Ántrìnhdiễn", "an." + tag + "@chibo.example.vn");
		SentNotice sent = this.api.send(new Notice(Set.of(an), "Thông báo trình diễn " + tag,
				"Giấy mời họp chi bộ.\nTài liệu cần đọc: Nghị quyết số 21-NQ/TW.", null, "MEETING_NOTICE", "meeting:15",
				null));
		assertThat(statuses(sent.noticeId())).containsExactly("DEMO");
		assertThat(this.api.deliveriesOf(sent.noticeId())).extracting(NoticeDelivery::mail)
			.containsExactly(NoticeDelivery.Mail.DEMO);
		assertThat(this.sending.sendDue()).isZero();
		Thread.sleep(200);
		assertThat(greenMail.getReceivedMessages()).isEmpty();

		String list = this.mvc.perform(get("/notifications/outbox?q=" + tag).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Chế độ trình diễn").contains("Thông báo trình diễn " + tag);
		long id = this.jdbc.sql("select id from mail_outbox where notice_id = :n")
			.param("n", sent.noticeId())
			.query(Long.class)
			.single();
		String mail = this.mvc.perform(get("/notifications/outbox/" + id).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mail).contains("Kính gửi đồng chí Hoàng Thị Ántrìnhdiễn,")
			.contains("Tài liệu cần đọc: Nghị quyết số 21-NQ/TW.")
			.contains("an." + tag + "@chibo.example.vn");
		for (var caller : List.of(TestCallers.member(an), TestCallers.secretaryOf(this.tree.cell()),
				TestCallers.withRole(Role.COMMITTEE_OFFICE, this.tree.root()))) {
			this.mvc.perform(get("/notifications/outbox").with(TestCallers.as(caller)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/notifications/outbox/" + id).with(TestCallers.as(caller)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anAdministratorSendsAFailedMailAgainToTheCorrectedAddressOnceHoweverOftenClicked() throws Exception {
		MailServer.Delivery toGreenMail = this.server.use(greenMailDelivery(closedPort()));
		String tag = unique();
		long an = person("Đỗ Thị Ánlại", "an." + tag + "@sai.example.vn");
		long binh = person("Vũ Văn Bìnhlại", "binh." + tag + "@chibo.example.vn");
		SentNotice sent = this.transactions.execute((s) -> this.api.send(new Notice(Set.of(an, binh),
				"Thông báo gửi lại", "Họp chi bộ thường kỳ.", null, "MEETING_NOTICE", "meeting:14", null)));
		await(() -> attempts(sent.noticeId()) == 1 && lastError(sent.noticeId()) != null
				&& this.jdbc.sql("select count(*) from mail_outbox where notice_id = :n and last_error is not null")
					.param("n", sent.noticeId())
					.query(Integer.class)
					.single() == 2,
				"the first attempts");
		this.jdbc.sql("update mail_outbox set status = 'FAILED' where notice_id = :n")
			.param("n", sent.noticeId())
			.update();
		this.jdbc.sql("update person set email = :e where id = :id")
			.param("e", "an." + tag + "@dung.example.vn")
			.param("id", an)
			.update();
		this.server.use(toGreenMail);
		long toAn = mailTo(sent.noticeId(), an);
		var admin = TestCallers.as(TestCallers.admin());

		this.mvc.perform(post("/notifications/outbox/" + toAn + "/again").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "Đã đưa thư vào hàng chờ gửi lại."));
		this.mvc.perform(post("/notifications/outbox/" + toAn + "/again").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashError"));
		List<MimeMessage> mails = awaitMails(tag, 1);
		Thread.sleep(300);
		mails = Arrays.stream(greenMail.getReceivedMessages()).filter((m) -> address(m).contains(tag)).toList();
		assertThat(mails).extracting(NoticeMailTest::address)
			.as("one mail, to the address the record has now")
			.containsExactly("an." + tag + "@dung.example.vn");
		await(() -> "SENT".equals(this.jdbc.sql("select status from mail_outbox where id = :id")
			.param("id", toAn)
			.query(String.class)
			.single()), "the mail sent again");
		assertThat(this.jdbc.sql("select attempts from mail_outbox where id = :id")
			.param("id", toAn)
			.query(Integer.class)
			.single()).as("attempts counted from zero").isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'MailOutbox' and action = 'SEND_AGAIN'"
					+ " and entity_id = :id")
			.param("id", String.valueOf(toAn))
			.query(Long.class)
			.single()).isEqualTo(1);

		this.mvc.perform(post("/notifications/outbox/again").with(TestCallers.as(TestCallers.member(an))).with(csrf()))
			.andExpect(status().isForbidden());
		String list = this.mvc.perform(get("/notifications/outbox").with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("id=\"sendAllAgain\"");
		this.mvc.perform(post("/notifications/outbox/again").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(awaitMails(tag, 2)).extracting(NoticeMailTest::address)
			.contains("binh." + tag + "@chibo.example.vn");
		assertThat(statuses(sent.noticeId())).doesNotContain("FAILED");
	}

	private long mailTo(long noticeId, long person) {
		return this.jdbc.sql("select id from mail_outbox where notice_id = :n and person_id = :p")
			.param("n", noticeId)
			.param("p", person)
			.query(Long.class)
			.single();
	}

	private long person(String name, String email) {
		LocalDate born = PeopleFixtures.bornYearsAgo(40);
		var draft = PeopleFixtures.draft(name, born, Sex.FEMALE, PeopleFixtures.cccd(born, Sex.FEMALE), null,
				this.tree.cell(), this.tree.cell(), null);
		return this.people.create(TestCallers.admin(),
				new vn.dangvu.people.record.PersonDraft(draft.fullName(), draft.birthDate(), draft.sex(), draft.cccd(),
						null, null, null, null, null, null, draft.workUnitId(), draft.partyUnitId(), null, null, null,
						email, null));
	}

	private static MailServer.Delivery greenMailDelivery(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return MailServer.Delivery.smtp(sender, "127.0.0.1:" + port, FROM);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String address(MimeMessage m) {
		try {
			Address[] to = m.getAllRecipients();
			return ((InternetAddress) to[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The mails GreenMail received for this test's addresses. */
	private static List<MimeMessage> awaitMails(String tag, int count) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		List<MimeMessage> mine = List.of();
		while (System.nanoTime() < until) {
			mine = Arrays.stream(greenMail.getReceivedMessages()).filter((m) -> address(m).contains(tag)).toList();
			if (mine.size() >= count) {
				return mine;
			}
			Thread.sleep(50);
		}
		return mine;
	}

	private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(until);
			Thread.sleep(50);
		}
	}

	private List<String> statuses(long noticeId) {
		return this.jdbc.sql("select status from mail_outbox where notice_id = :n order by id")
			.param("n", noticeId)
			.query(String.class)
			.list();
	}

	private int attempts(long noticeId) {
		return this.jdbc.sql("select max(attempts) from mail_outbox where notice_id = :n")
			.param("n", noticeId)
			.query(Integer.class)
			.single();
	}

	private String lastError(long noticeId) {
		return this.jdbc.sql("select max(last_error) from mail_outbox where notice_id = :n")
			.param("n", noticeId)
			.query((rs, n) -> rs.getString(1))
			.list()
			.get(0);
	}

}
