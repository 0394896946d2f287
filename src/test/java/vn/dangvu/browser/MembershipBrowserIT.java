package vn.dangvu.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.people.Cccd;
import vn.dangvu.people.Sex;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary of Cầu Treo admits a candidate from the certificate to full membership
 * (past dates, so the probation is over), sees the reminders, and the statistics count
 * the admission and the conversion.
 */
class MembershipBrowserIT extends BrowserTestBase {

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	JdbcClient jdbc;

	@Test
	void secretaryAdmitsACandidateToFullMembershipAndTheStatisticsCountIt() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		long cell = this.jdbc.sql("select id from org_unit where code = 'CB-CAUTREO'").query(Long.class).single();
		createCandidate(cell);
		this.page.onDialog((d) -> d.accept());
		signIn("bithu.cautreo");

		String stats = "/membership/statistics?unit=" + cell + "&from=01/01/2024&to=" + DMY.format(today);
		this.page.navigate(url(stats));
		int admittedBefore = Integer.parseInt(this.page.locator("#total-admitted").innerText().trim());
		int convertedBefore = Integer.parseInt(this.page.locator("#total-converted").innerText().trim());

		this.page.navigate(url("/membership"));
		assertThat(this.page.locator("#membership-reminders")).isVisible();
		assertThat(this.page.locator("#membership-reminders")).containsText("sắp hết thời gian dự bị");
		screenshot("landing");
		// the picker asks for the people matching what is typed (no list of a thousand)
		fill("#personSearch", "ho van ket");
		assertThat(this.page.locator("#personId-status")).containsText("Tìm thấy");
		this.page.locator("#personId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Hồ Văn Kết · 12/06/1995"));
		fill("#openedOn", DMY.format(today.minusMonths(21)));
		this.page.locator("#open-admission button[type=submit]").click();
		assertThat(this.page.locator("#checklist")).isVisible();

		LocalDate resolution = today.minusMonths(18);
		LocalDate ceremony = resolution.plusDays(25);
		step(today.minusMonths(20), "GCN-101", null);
		step(today.minusMonths(19).minusDays(20), null, null);
		step(today.minusMonths(19).minusDays(10), null, null);
		this.page.getByLabel("Phan Đình Thắng").check();
		this.page.getByLabel("Nguyễn Văn Đức").check();
		step(today.minusMonths(19), null, null);
		assertThat(this.page.locator("#checklist .introducers")).containsText("Phan Đình Thắng");
		step(today.minusMonths(18).minusDays(20), null, null);
		step(today.minusMonths(18).minusDays(10), null, null);
		// 6 of 10 is short of two thirds: refused with the regulation cited
		step(resolution, "01-NQ/CB", new int[] { 6, 4, 10 });
		assertThat(this.page.locator("#step-error")).containsText("Quy định");
		screenshot("refused");
		step(resolution, "01-NQ/CB", new int[] { 9, 1, 10 });
		step(resolution.plusDays(7), "45-NQ/ĐU", new int[] { 6, 0, 7 });
		step(resolution.plusDays(14), "210-QĐ/ĐU", null);
		step(ceremony, null, null);
		assertThat(this.page.locator("#next-step-title")).containsText("công nhận đảng viên chính thức");
		step(today.minusDays(30), "07-NQ/CB", new int[] { 10, 0, 10 });
		step(today.minusDays(20), "330-QĐ/ĐU", null);
		fill("#cardNumber", "42.654321");
		step(today.minusDays(10), null, null);
		assertThat(this.page.locator("body")).containsText("Hồ sơ đã hoàn thành mọi bước");

		this.page.locator("a:has-text('Quá trình đảng viên')").first().click();
		assertThat(this.page.locator("#timeline")).containsText("Công nhận đảng viên chính thức");
		assertThat(this.page.locator("#timeline")).containsText(DMY.format(ceremony.plusMonths(12)));
		assertThat(this.page.locator("#status-on")).containsText("Đảng viên chính thức");
		screenshot("timeline");

		this.page.navigate(url(stats));
		assertThat(this.page.locator("#total-admitted")).hasText(String.valueOf(admittedBefore + 1));
		assertThat(this.page.locator("#total-converted")).hasText(String.valueOf(convertedBefore + 1));
		screenshot("statistics");
		// without a unit the secretary's scope is one row, the cell, which drills down to
		// the same figures
		this.page.navigate(url("/membership/statistics?from=01/01/2024&to=" + DMY.format(today)));
		this.page.locator("#statistics a.drill[href*='unit=" + cell + "&']").click();
		assertThat(this.page.locator("#statistics-trail")).containsText("Cầu Treo");
		assertThat(this.page.locator("#total-admitted")).hasText(String.valueOf(admittedBefore + 1));
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*unit=" + cell + ".*"));
	}

	private void step(LocalDate date, String number, int[] votes) {
		Locator form = this.page.locator("#step-form");
		form.locator("#date").fill(DMY.format(date));
		if (number != null) {
			form.locator("#documentNumber").fill(number);
		}
		if (votes != null) {
			form.locator("#votesFor").fill(String.valueOf(votes[0]));
			form.locator("#votesAgainst").fill(String.valueOf(votes[1]));
			form.locator("#votersTotal").fill(String.valueOf(votes[2]));
		}
		this.page.locator("#record-step").click();
		this.page.waitForLoadState();
	}

	private void createCandidate(long cell) throws Exception {
		LocalDate born = LocalDate.of(1995, 6, 12);
		String body = """
				{"fullName":"Hồ Văn Kết","birthDate":"%s","sex":"MALE","cccd":"%s","generalEducation":"GRADE_12_12",
				 "workUnitId":%d}""".formatted(born, Cccd.compose("042", born, Sex.MALE, 654_321).value(), cell);
		HttpResponse<String> res = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/people")))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("admin:demo123".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
	}

}
