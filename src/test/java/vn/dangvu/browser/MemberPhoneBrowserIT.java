package vn.dangvu.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's own page on a phone, 390×844 (decision 0228): the demo member
 * {@code dangvien} (Nguyễn Văn Đức, CB-CAUTREO) sees the next meeting of his cell and the
 * documents to read before it, marks the committee's plan 448-KH/ĐU read (kept: a reload
 * shows it read); the service worker takes over, and with the phone offline a reload
 * still shows the meeting, from the copy of the last visit, under the offline banner.
 * Signing out deletes that copy. Every action is on screen without scrolling sideways,
 * and no script breaks the Content-Security-Policy.
 */
class MemberPhoneBrowserIT extends BrowserTestBase {

	private static final Pattern DAY = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

	@Autowired
	JdbcClient jdbc;

	private final List<String> problems = new ArrayList<>();

	@BeforeEach
	void phone() {
		usePhone();
		watchForPolicyViolations("", this.problems);
	}

	@Test
	void theMemberReadsTheNextMeetingMarksADocumentAndKeepsItOffline() {
		openAs("dangvien", "/me/meetings");
		Locator next = this.page.locator("#nextMeeting");
		assertThat(next).isVisible();
		assertThat(next.locator(".meeting-day")).hasText(DAY);
		assertThat(next).containsText("14:00");
		assertThat(next).containsText("Phòng họp của đơn vị");
		assertThat(next).containsText("Quán triệt Chỉ thị số 05-CT/TW");
		Locator plan = document(next, "448-KH/ĐU");
		Locator directive = document(next, "05-CT/TW");
		// 05-CT/TW was read in the demo; the committee's plan is seen through the meeting
		assertThat(directive.locator(".document-read")).isVisible();
		Locator mark = plan.locator("button[type=submit]");
		fitsThePhoneScreen();
		onThePhoneScreen(mark);
		for (String card : List.of("#myAttendance", "#myDues", "#myStudy", "#myNotices")) {
			assertThat(this.page.locator(card)).isVisible();
		}
		screenshot("next-meeting");

		mark.click();
		assertThat(this.page.locator("[role=status].alert-success")).containsText("Đã ghi nhận");
		assertThat(document(this.page.locator("#nextMeeting"), "448-KH/ĐU").locator(".document-read"))
			.containsText("Đã đọc");
		this.page.reload();
		Locator read = document(this.page.locator("#nextMeeting"), "448-KH/ĐU").locator(".document-read");
		assertThat(read).hasText(Pattern.compile("Đã đọc " + DAY.pattern()));
		assertThat(this.jdbc.sql("""
				select count(*) from directive_study s join directive_document d on d.id = s.document_id
				join person p on p.id = s.person_id
				where d.citation = '448-KH/ĐU' and p.full_name = 'Nguyễn Văn Đức' and s.read_at is not null""")
			.query(Integer.class)
			.single()).isOne();

		// the service worker controls the page and keeps it with its static files
		this.page.waitForFunction("() => navigator.serviceWorker.controller !== null");
		assertThat((String) this.page.evaluate("() => navigator.serviceWorker.getRegistration().then(r => r.scope)"))
			.endsWith("/me/");
		this.page.reload();
		waitUntilKept("/me/meetings");
		waitUntilKept("/css/dangvu.css");
		waitUntilKept("/webjars/bootstrap/css/bootstrap.min.css");

		// changed on the server after the last visit: offline, the page shows the kept
		// copy
		long meeting = nextMeetingOfCauTreo();
		String place = this.jdbc.sql("select place from meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.single();
		try {
			this.jdbc.sql("update meeting set place = 'Phòng họp mới sau lần tải' where id = :id")
				.param("id", meeting)
				.update();
			this.context.setOffline(true);
			this.page.reload();
			Locator banner = this.page.locator("#offlineBanner");
			assertThat(banner).isVisible();
			assertThat(banner).containsText("Đang ngoại tuyến — nội dung lần tải trước");
			assertThat(this.page.locator("#nextMeeting")).containsText("Phòng họp của đơn vị");
			assertThat(this.page.locator("#nextMeeting")).not().containsText("Phòng họp mới sau lần tải");
			assertThat(document(this.page.locator("#nextMeeting"), "448-KH/ĐU").locator(".document-read"))
				.containsText("Đã đọc");
			// the kept style sheets apply offline: the red bar of the layout
			assertThat(this.page.locator("nav.dv-navbar")).hasCSS("background-color", "rgb(181, 18, 27)");
			fitsThePhoneScreen();
			screenshot("offline");

			this.context.setOffline(false);
			this.page.reload();
			assertThat(this.page.locator("#offlineBanner")).isHidden();
			assertThat(this.page.locator("#nextMeeting")).containsText("Phòng họp mới sau lần tải");
		}
		finally {
			this.context.setOffline(false);
			this.jdbc.sql("update meeting set place = :place where id = :id")
				.param("place", place)
				.param("id", meeting)
				.update();
		}

		// signing out on a shared phone forgets the kept copy
		this.page.locator(".navbar-toggler").click();
		// the menu's opening slide over before its user menu is tapped (under load a tap
		// during the slide left the user menu closed)
		assertThat(this.page.locator("#mainNav.collapse.show")).isVisible();
		this.page.locator("#userMenu").click();
		Locator signOut = this.page.locator("form[data-forget-offline] button");
		onThePhoneScreen(signOut);
		signOut.click();
		this.page.waitForURL(Pattern.compile(".*/login\\?logout"));
		this.page.waitForFunction("""
				() => caches.keys().then(names => names.filter(n => n.startsWith('dangvu-')).length === 0)""");
		assertThat(this.problems).isEmpty();
	}

	/** The document's line in a meeting's list, by its citation. */
	private Locator document(Locator meeting, String citation) {
		Locator link = this.page.locator("a:text-is('" + citation + "')");
		return meeting.locator(".meeting-documents li").filter(new Locator.FilterOptions().setHas(link));
	}

	private long nextMeetingOfCauTreo() {
		return this.jdbc.sql("""
				select m.id from meeting m join org_unit u on u.id = m.unit_id
				where u.code = 'CB-CAUTREO' and m.state = 'PLANNED'
				  and m.meets_on >= (now() at time zone 'Asia/Ho_Chi_Minh')::date
				order by m.meets_on, m.starts_at, m.id limit 1""").query(Long.class).single();
	}

	/** Waits until the service worker's cache holds the path. */
	private void waitUntilKept(String path) {
		this.page.waitForFunction("""
				path => caches.open('dangvu-member-v1').then(c => c.match(path, { ignoreVary: true }))
				  .then(r => r !== undefined)""", path);
	}

}
