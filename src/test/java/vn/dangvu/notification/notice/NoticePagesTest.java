package vn.dangvu.notification.notice;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.notification.Notice;
import vn.dangvu.notification.NoticeInbox;
import vn.dangvu.notification.NotificationApi;
import vn.dangvu.notification.SentNotice;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's notices: their own only (another's is not found), newest first, the unread
 * count under the bell of every page, marking read; and the refusals of a bad notice.
 */
@IntegrationTest
class NoticePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	NotificationApi api;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private PeopleFixtures.Tree tree;

	private long an;

	private long binh;

	@BeforeEach
	void twoPersons() {
		this.tree = new PeopleFixtures(this.jdbc).tree("thông báo " + UUID.randomUUID().toString().substring(0, 6));
		this.an = person("Vương Thị Ánbáo");
		this.binh = person("Vương Văn Bìnhbáo");
	}

	@Test
	void aMemberSeesOnlyTheirOwnNoticesNewestFirstWithTheUnreadCountInTheHeader() throws Exception {
		SentNotice first = send(Set.of(this.an, this.binh), "Giấy mời họp chi bộ tháng 11");
		SentNotice second = send(Set.of(this.an), "Giấy mời họp chi bộ tháng 12");
		SentNotice binhs = send(Set.of(this.binh), "Thông báo riêng của đồng chí Bình");
		Caller an = TestCallers.member(this.an);

		NoticeInbox inbox = this.api.noticesFor(an, 0, 1);
		assertThat(inbox.total()).isEqualTo(2);
		assertThat(inbox.unread()).isEqualTo(2);
		assertThat(inbox.notices()).singleElement().satisfies((n) -> assertThat(n.id()).isEqualTo(second.noticeId()));
		assertThat(this.api.noticesFor(an, 1, 1).notices()).singleElement()
			.satisfies((n) -> assertThat(n.id()).isEqualTo(first.noticeId()));

		String page = html("/notifications", an);
		assertThat(page).contains("Giấy mời họp chi bộ tháng 11")
			.contains("Giấy mời họp chi bộ tháng 12")
			.doesNotContain("Thông báo riêng của đồng chí Bình")
			.containsPattern("id=\"noticeCount\"[^>]*>2</span>");
		assertThat(html("/notifications/" + second.noticeId(), an)).contains("Địa điểm: Hội trường A")
			.contains("href=\"/meetings/12\"");

		this.mvc.perform(get("/notifications/" + binhs.noticeId()).with(TestCallers.as(an)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/" + binhs.noticeId() + "/read").with(TestCallers.as(an)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> this.api.markRead(binhs.noticeId(), an)).isInstanceOf(NotFoundException.class);
		assertThat(this.api.unreadCount(TestCallers.member(this.binh))).as("Bình's notices untouched").isEqualTo(2);

		this.mvc.perform(post("/notifications/" + second.noticeId() + "/read").with(TestCallers.as(an)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/notifications/" + second.noticeId()));
		assertThat(this.api.unreadCount(an)).isEqualTo(1);
		assertThat(html("/", an)).containsPattern("id=\"noticeCount\"[^>]*>1</span>");
		this.api.markRead(second.noticeId(), an);
		assertThat(this.api.unreadCount(an)).as("marking twice changes nothing").isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'NoticeRecipient' and action = 'READ'"
					+ " and entity_id = :id")
			.param("id", second.noticeId() + ":" + this.an)
			.query(Long.class)
			.single()).isEqualTo(1);

		this.mvc.perform(post("/notifications/read-all").with(TestCallers.as(an)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(this.api.unreadCount(an)).isZero();
		assertThat(html("/notifications", an)).doesNotContain("id=\"noticeCount\"");
		assertThat(this.api.unreadCount(TestCallers.member(this.binh))).isEqualTo(2);
	}

	@Test
	void anAccountThatIsNotAPersonHasNoNotices() throws Exception {
		assertThat(html("/notifications", TestCallers.admin())).contains("không gắn với một người")
			.doesNotContain("id=\"noticeCount\"");
		assertThat(this.api.unreadCount(TestCallers.admin())).isZero();
		SentNotice sent = send(Set.of(this.an), "Thông báo không dành cho quản trị");
		this.mvc.perform(get("/notifications/" + sent.noticeId()).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBadNoticeIsRefusedAndARolledBackCallerSendsNothing() {
		assertThatThrownBy(() -> send(Set.of(this.an, 987_654_321L), "Người nhận không có"))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> send(Set.of(), "Không ai nhận")).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.api
			.send(new Notice(Set.of(this.an), " ", "Nội dung", null, "MEETING_NOTICE", "meeting:1", null)))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.api.send(new Notice(Set.of(this.an), "Tiêu đề", "Nội dung", "//evil.example/x",
				"MEETING_NOTICE", "meeting:1", null)))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.api.send(new Notice(Set.of(this.an), "Tiêu đề", "Nội dung", "https://x.vn",
				"MEETING_NOTICE", "meeting:1", null)))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.api
			.send(new Notice(Set.of(this.an), "Tiêu đề", "Nội dung", null, "meeting notice", "meeting:1", null)))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((s) -> {
			send(Set.of(this.an), "Thông báo bị hủy cùng giao dịch");
			throw new IllegalStateException("the caller's write fails");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.api.unreadCount(TestCallers.member(this.an))).isZero();
		assertThat(this.jdbc.sql("select count(*) from notice where subject = 'Thông báo bị hủy cùng giao dịch'")
			.query(Long.class)
			.single()).isZero();
	}

	private SentNotice send(Set<Long> to, String subject) {
		return this.api.send(new Notice(to, subject, "Thời gian: 8 giờ.\nĐịa điểm: Hội trường A.", "/meetings/12",
				"MEETING_NOTICE", "meeting:12", this.tree.cell()));
	}

	private long person(String name) {
		LocalDate born = PeopleFixtures.bornYearsAgo(35);
		return this.people.create(TestCallers.admin(), PeopleFixtures.draft(name, born, Sex.MALE,
				PeopleFixtures.cccd(born, Sex.MALE), null, this.tree.cell(), this.tree.cell(), null));
	}

	private String html(String url, Caller caller) throws Exception {
		return this.mvc.perform(get(url).with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
