package vn.dangvu.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.DirectiveFixtures;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.meeting.MeetingFixtures.patchJson;
import static vn.dangvu.meeting.MeetingFixtures.postJson;
import static vn.dangvu.meeting.MeetingFixtures.record;

/**
 * The member's own view (decision 0228) on the test's own cell, "today" being 20/06/2026:
 * the next meeting with its documents and the member's read marks (the directive module's
 * study records), the year's attendance, the page and the API; only the caller's own
 * data; empty for anyone who is not a Party member.
 */
@IntegrationTest
class MemberMeetingsTest extends MeetingTestBase {

	MemberMeetingsTest() {
		super("của tôi");
	}

	@Autowired
	DirectiveApi directives;

	/** A document the cell's secretary registered: its members do not see it yet. */
	DirectiveFixtures.Registered document;

	/** The next meeting, on 06/07/2026, which lists {@link #document} to read. */
	long next;

	@BeforeEach
	void aCellWithItsNextMeeting() throws Exception {
		this.document = new DirectiveFixtures(this.mvc, this.jdbc).directive(this.cell.secretary(),
				"Về sinh hoạt chi bộ Zebradoc");
		String body = this.mvc
			.perform(postJson(this.cell.secretary(), "/api/v1/meetings",
					"""
							{"unitId": %d, "kind": "THEMATIC", "topic": "Chuyên đề Zebratopic", "meetsOn": "2026-07-06",
							 "startsAt": "08:30", "place": "Hội trường tầng 2", "documentIds": [%d]}"""
						.formatted(this.cell.cell(), this.document.id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.next = ((Number) JsonPath.read(body, "$.meeting.id")).longValue();
	}

	Caller member(int n) {
		return TestCallers.member(this.cell.full().get(n));
	}

	int audits(long personId) {
		return this.jdbc.sql("select count(*) from audit_event where entity_type = 'DirectiveStudy' and entity_id = :e")
			.param("e", this.document.id() + "/" + personId)
			.query(Integer.class)
			.single();
	}

	@Test
	void aMemberSeesTheNextMeetingReadsItsDocumentAndTheMarkIsKeptOnce() throws Exception {
		Caller member = member(2);
		// listed for the cell's meeting, the document opens for the cell's members
		this.mvc.perform(get("/api/v1/directives/" + this.document.id()).with(TestCallers.as(member)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me/meetings").with(TestCallers.as(member)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.member").value(true))
			.andExpect(jsonPath("$.cellId").value(this.cell.cell()))
			.andExpect(jsonPath("$.next", hasSize(1)))
			.andExpect(jsonPath("$.next[0].id").value(this.next))
			.andExpect(jsonPath("$.next[0].topic").value("Chuyên đề Zebratopic"))
			.andExpect(jsonPath("$.next[0].meetsOn").value("2026-07-06"))
			.andExpect(jsonPath("$.next[0].place").value("Hội trường tầng 2"))
			.andExpect(jsonPath("$.next[0].documents[0].documentId").value(this.document.id()))
			.andExpect(jsonPath("$.next[0].documents[0].citation").value(this.document.citation()))
			.andExpect(jsonPath("$.next[0].documents[0].readAt").doesNotExist())
			.andExpect(jsonPath("$.attendance.year").value(2026));
		this.mvc.perform(get("/me/meetings").with(TestCallers.as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chuyên đề Zebratopic")))
			.andExpect(content().string(containsString("06/07/2026")))
			.andExpect(content().string(containsString("08:30")))
			.andExpect(content().string(containsString("Về sinh hoạt chi bộ Zebradoc")))
			.andExpect(content()
				.string(containsString("/me/meetings/%d/documents/%d/read".formatted(this.next, this.document.id()))))
			.andExpect(content().string(containsString("rel=\"manifest\"")));

		String first = this.mvc
			.perform(postJson(member,
					"/api/v1/me/meetings/%d/documents/%d/read".formatted(this.next, this.document.id()), "{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readAt").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// again, through the page: nothing changes, nothing more is audited
		this.mvc
			.perform(post("/me/meetings/{m}/documents/{d}/read", this.next, this.document.id())
				.with(TestCallers.as(member))
				.with(csrf()))
			.andExpect(redirectedUrl("/me/meetings"))
			.andExpect(flash().attribute("flashMessage", "Đã ghi nhận đồng chí đã đọc văn bản."));
		this.mvc.perform(get("/api/v1/me/meetings").with(TestCallers.as(member)))
			.andExpect(jsonPath("$.next[0].documents[0].readAt").value((String) JsonPath.read(first, "$.readAt")));
		assertThat(audits(member.personId())).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from directive_study where document_id = :d and person_id = :p")
			.param("d", this.document.id())
			.param("p", member.personId())
			.query(Integer.class)
			.single()).isOne();
		this.mvc.perform(get("/me/meetings").with(TestCallers.as(member)))
			.andExpect(content().string(containsString("Đã đọc 20/06/2026")))
			.andExpect(content().string(
					not(containsString("/me/meetings/%d/documents/%d/read".formatted(this.next, this.document.id())))));
	}

	@Test
	void twoMarksAtOnceKeepOneRecordAndOneAuditRow() throws Exception {
		Caller member = member(3);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Object> mark = () -> {
			start.await();
			return this.directives.markRead(this.document.id(), member);
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> both = List.of(pool.submit(mark), pool.submit(mark));
			start.countDown();
			assertThat(both.get(0).get()).isEqualTo(both.get(1).get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(audits(member.personId())).isEqualTo(1);
	}

	@Test
	void aMemberSeesOnlyTheirOwnMarksAndAttendanceAndNeverAnotherCellsMeeting() throws Exception {
		Caller reader = member(0);
		Caller absent = member(3);
		Caller other = member(4);
		this.mvc
			.perform(postJson(reader,
					"/api/v1/me/meetings/%d/documents/%d/read".formatted(this.next, this.document.id()), "{}"))
			.andExpect(status().isOk());
		// a held meeting where one member was away for a reason the others must not read
		long held = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-05");
		String absence = "{\"personId\": %d, \"presence\": \"EXCUSED\", \"reason\": \"Việc riêng Zebrareason\"}"
			.formatted(absent.personId());
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + held,
					record(this.cell, "16:00", absence,
							"" + this.cell.full().get(0) + "," + this.cell.full().get(1) + ","
									+ this.cell.full().get(2))))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/me/meetings").with(TestCallers.as(other)))
			.andExpect(jsonPath("$.next[0].documents[0].readAt").doesNotExist())
			.andExpect(jsonPath("$.attendance.held").value(1))
			.andExpect(jsonPath("$.attendance.present").value(1))
			.andExpect(jsonPath("$.attendance.meetings[0].meetingId").value(held))
			.andExpect(jsonPath("$.attendance.meetings[0].presence").value("PRESENT"))
			.andExpect(content().string(not(containsString("Zebrareason"))));
		this.mvc.perform(get("/me/meetings").with(TestCallers.as(other)))
			.andExpect(content().string(not(containsString("Zebrareason"))))
			.andExpect(content().string(not(containsString("Đã đọc 20/06/2026"))));
		this.mvc.perform(get("/api/v1/me/meetings").with(TestCallers.as(absent)))
			.andExpect(jsonPath("$.attendance.held").value(1))
			.andExpect(jsonPath("$.attendance.excused").value(1))
			.andExpect(jsonPath("$.attendance.unexcused").value(0))
			.andExpect(jsonPath("$.attendance.meetings[0].presence").value("EXCUSED"))
			.andExpect(jsonPath("$.attendance.meetings[0].reason").value("Việc riêng Zebrareason"));
		this.mvc.perform(get("/me/meetings").with(TestCallers.as(absent)))
			.andExpect(content().string(containsString("Có mặt 0/1 buổi; vắng có lý do 1; vắng không lý do 0.")))
			.andExpect(content().string(containsString("Lý do: Việc riêng Zebrareason")));

		// a member of the committee's other cell: neither the meeting, nor its document,
		// nor a mark
		long stranger = new MassFixtures(this.jdbc).partyMember("Lê Thử Khách", LocalDate.of(1982, 2, 3),
				this.cell.root(), this.cell.otherCell());
		Caller outsider = TestCallers.member(stranger);
		this.mvc.perform(get("/api/v1/me/meetings").with(TestCallers.as(outsider)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.member").value(true))
			.andExpect(jsonPath("$.cellId").value(this.cell.otherCell()))
			.andExpect(jsonPath("$.next", hasSize(0)))
			.andExpect(jsonPath("$.attendance.meetings", hasSize(0)))
			.andExpect(content().string(not(containsString("Zebratopic"))));
		this.mvc.perform(get("/me/meetings").with(TestCallers.as(outsider)))
			.andExpect(content().string(not(containsString("Zebratopic"))))
			.andExpect(content().string(containsString("id=\"noNextMeeting\"")));
		this.mvc.perform(get("/api/v1/directives/" + this.document.id()).with(TestCallers.as(outsider)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(postJson(outsider,
					"/api/v1/me/meetings/%d/documents/%d/read".formatted(this.next, this.document.id()), "{}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/me/meetings/{m}/documents/{d}/read", this.next, this.document.id())
				.with(TestCallers.as(outsider))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(audits(stranger)).isZero();
		// a document the meeting does not list cannot be marked through it
		long unlisted = new DirectiveFixtures(this.mvc, this.jdbc).directive(this.cell.secretary(), "Không kèm").id();
		this.mvc
			.perform(postJson(reader, "/api/v1/me/meetings/%d/documents/%d/read".formatted(this.next, unlisted), "{}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void whoIsNotAPartyMemberGetsEmptyListsAndAnonymousIsRefused() throws Exception {
		long unionMember = new MassFixtures(this.jdbc).person("Phạm Thử Ngoài", LocalDate.of(1990, 1, 1),
				this.cell.root(), null, null, null);
		for (Caller caller : List.of(TestCallers.admin(), TestCallers.member(unionMember), this.cell.secretary())) {
			this.mvc.perform(get("/api/v1/me/meetings").with(TestCallers.as(caller)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.member").value(false))
				.andExpect(jsonPath("$.next", hasSize(0)))
				.andExpect(jsonPath("$.attendance.meetings", hasSize(0)))
				.andExpect(jsonPath("$.attendance.held").value(0));
			this.mvc.perform(get("/me/meetings").with(TestCallers.as(caller)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"notMember\"")))
				.andExpect(content().string(not(containsString("Zebratopic"))));
		}
		this.mvc.perform(get("/api/v1/me/meetings"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/me/meetings")).andExpect(status().is3xxRedirection());
	}

}
