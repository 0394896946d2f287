package vn.dangvu.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee office sends a member to another cell from the transfers page, whose
 * pickers search on demand (issue 8, decision 0279): part of the member's name typed, the
 * member chosen, part of a cell's name typed, the cell chosen, the transfer sent and seen
 * in the list; at desktop size and on a phone. The striking-off form opened for a member
 * has them chosen.
 */
class TransferBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcClient jdbc;

	record Member(long id, String name, String cell) {
	}

	record Cell(long id, String name) {
	}

	@Test
	void theCommitteeOfficeFindsAMemberAndACellAndSendsTheTransfer() {
		sendsATransfer(members().get(0), false);
	}

	@Test
	void onAPhoneToo() {
		usePhone();
		sendsATransfer(members().get(1), true);
	}

	@Test
	void theStrikingOffFormOpenedForAMemberHasThemChosen() {
		Member member = members().get(2);
		signIn("vanphong");
		this.page
			.navigate(url("/membership/transfers?strike=" + member.id() + "&reason=V%E1%BA%AFng%203%20th%C3%A1ng"));
		assertThat(this.page.locator("#e-person")).hasValue(String.valueOf(member.id()));
		assertThat(this.page.locator("#e-person option:checked")).hasText(member.name() + " — " + member.cell());
		assertThat(this.page.locator("#e-reason")).hasValue("Vắng 3 tháng");
		// another name typed in the same form's box offers that member instead
		Member other = members().get(3);
		this.page.locator("#e-search").fill(other.name());
		assertThat(this.page.locator("#e-person-status")).containsText("Tìm thấy");
		this.page.locator("#e-person").selectOption(new SelectOption().setLabel(other.name() + " — " + other.cell()));
		assertThat(this.page.locator("#e-person")).hasValue(String.valueOf(other.id()));
	}

	private void sendsATransfer(Member member, boolean phone) {
		Cell to = destination(member);
		this.page.onDialog((d) -> d.accept());
		signIn("vanphong");
		this.page.navigate(url("/membership/transfers"));
		assertThat(this.page.locator("#t-person-status")).containsText("Gõ ít nhất 2 ký tự");
		if (phone) {
			fitsThePhoneScreen();
			onThePhoneScreen(this.page.locator("#t-search"));
			onThePhoneScreen(this.page.locator("#t-to-search"));
		}
		// part of the name, without its marks, as a secretary types on a phone
		this.page.locator("#t-search").pressSequentially(fold(member.name()), new Locator.PressSequentiallyOptions());
		assertThat(this.page.locator("#t-person-status")).containsText("Tìm thấy");
		this.page.locator("#t-person").selectOption(new SelectOption().setLabel(member.name() + " — " + member.cell()));
		this.page.locator("#t-to-search").fill(to.name());
		assertThat(this.page.locator("#t-to-status")).containsText("Tìm thấy");
		this.page.locator("#t-to").selectOption(String.valueOf(to.id()));
		screenshot(phone ? "phone-chosen" : "chosen");
		Locator send = this.page.locator("form[action$='/membership/transfers'] button[type=submit]");
		if (phone) {
			send.scrollIntoViewIfNeeded();
			onThePhoneScreen(send);
		}
		send.click();
		this.page.waitForLoadState();
		assertThat(this.page.locator("body")).containsText("Đã ghi nhận chuyển sinh hoạt");
		assertThat(this.page.locator("#transfers")).containsText(member.name());
		assertThat(this.page.locator("#transfers")).containsText(to.name());
		screenshot(phone ? "phone-sent" : "sent");
	}

	/**
	 * Members of the committee office's scope with a long name nobody else has and no
	 * transfer ever (what is typed then finds few).
	 */
	private List<Member> members() {
		return this.jdbc.sql("""
				select p.id, p.full_name, c.name from person p join org_unit c on c.id = p.party_unit_id
				  join org_unit r on r.code = 'DBCHQ'
				where c.path like r.path || '%' and c.kind = 'CELL'
				  and not exists (select 1 from membership_transfer m where m.person_id = p.id)
				  and (select count(*) from person o where lower(o.full_name) = lower(p.full_name)) = 1
				order by length(p.full_name) desc, p.id limit 4""")
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** An open cell elsewhere whose name is its own. */
	private Cell destination(Member member) {
		return this.jdbc.sql("""
				select u.id, u.name from org_unit u where u.kind = 'CELL' and u.closed_on is null and u.name <> :cell
				  and (select count(*) from org_unit o where lower(o.name) = lower(u.name)) = 1
				order by length(u.name) desc, u.id limit 1""")
			.param("cell", member.cell())
			.query((rs, n) -> new Cell(rs.getLong(1), rs.getString(2)))
			.single();
	}

	private static String fold(String name) {
		return vn.dangvu.platform.text.VietnameseText.fold(name);
	}

}
