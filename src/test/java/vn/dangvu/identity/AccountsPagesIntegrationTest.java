package vn.dangvu.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.PageText.bodyContains;

@IntegrationTest
class AccountsPagesIntegrationTest extends SignInTestBase {

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 10);
	}

	private long cell(String code) {
		return this.jdbc
			.sql("insert into org_unit (code, kind, name, path, depth, search_text, established_on) "
					+ "values (:c, 'CELL', :n, '', 0, :s, date '2020-01-01') returning id")
			.param("c", code)
			.param("n", "Chi bộ " + code)
			.param("s", code.toLowerCase())
			.query(Long.class)
			.single();
	}

	@Test
	void accountPagesAreForAdministratorsOnly() throws Exception {
		Caller office = TestCallers.withRole(Role.COMMITTEE_OFFICE, 1);
		this.mvc.perform(get("/accounts").with(TestCallers.as(office))).andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts/new").with(TestCallers.as(TestCallers.member(1))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(postForm(office, "/accounts", "username", unique("x."), "displayName", "X", "grants[0].role",
					"ADMIN"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts").with(TestCallers.as(TestCallers.admin()))).andExpect(status().isOk());
	}

	@Test
	void accountPagesRenderForAnAdministrator() throws Exception {
		long cell = cell(unique("T-ACC-"));
		long id = this.identity.createAccount(new NewAccount(unique("view."), "Phạm Văn D", "mat-khau-123", null,
				List.of(new Grant(Role.CELL_SECRETARY, cell))));
		Caller admin = TestCallers.admin();
		this.mvc.perform(get("/accounts/new").with(TestCallers.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tạo tài khoản mới")));
		this.mvc.perform(get("/accounts/" + id).with(TestCallers.as(admin)))
			.andExpect(status().isOk())
			.andExpect(bodyContains("Phạm Văn D", "Bí thư chi bộ"));
		this.mvc.perform(get("/accounts/" + id + "/edit").with(TestCallers.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ T-ACC-")));
		this.mvc.perform(get("/accounts/999999999").with(TestCallers.as(admin))).andExpect(status().isNotFound());
	}

	@Test
	void pagePostsNeedTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/accounts").param("username", unique("x."))
				.param("displayName", "X")
				.param("grants[0].role", "ADMIN")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/tokens").param("name", "x").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isForbidden());
	}

	@Test
	void creatingAnAccountShowsTheGeneratedPasswordOnceAndIsAuditedWithoutTheHash() throws Exception {
		String username = unique("cb.");
		long cell = cell(unique("T-ACC-"));
		this.mvc
			.perform(postForm(TestCallers.admin(), "/accounts", "username", username, "displayName", "Nguyễn Văn Đức",
					"grants[0].role", "CELL_SECRETARY", "grants[0].unitId", String.valueOf(cell), "grants[1].role", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("oneTimePassword"));
		AccountSummary created = this.identity.findByUsername(username).orElseThrow();
		assertThat(created.grants()).containsExactly(new Grant(Role.CELL_SECRETARY, cell));
		Map<String, Object> audit = this.jdbc
			.sql("select action, actor, before_state::text as b, after_state::text as a from audit_event "
					+ "where entity_type = 'Account' and entity_id = :id order by id limit 1")
			.param("id", String.valueOf(created.id()))
			.query()
			.singleRow();
		assertThat(audit).containsEntry("action", "CREATE").containsEntry("actor", "admin");
		assertThat((String) audit.get("a")).contains(username).contains("CELL_SECRETARY@" + cell);
		assertThat((String) audit.get("a")).doesNotContain("bcrypt").doesNotContain("password_hash");
		// folded search finds the name typed without diacritics
		this.mvc.perform(get("/accounts").param("q", "nguyen van duc").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)));
	}

	@Test
	void changingGrantsIsAuditedWithBeforeAndAfter() throws Exception {
		String username = unique("ed.");
		long cell = cell(unique("T-ACC-"));
		long id = this.identity.createAccount(new NewAccount(username, "Trần Thị Bình", "mat-khau-123", null,
				List.of(new Grant(Role.CELL_SECRETARY, cell))));
		this.mvc
			.perform(postForm(TestCallers.admin(), "/accounts/" + id, "displayName", "Trần Thị Bình", "grants[0].role",
					"ADMIN"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> audit = this.jdbc
			.sql("select before_state::text as b, after_state::text as a from audit_event "
					+ "where entity_type = 'Account' and entity_id = :id and action = 'UPDATE'")
			.param("id", String.valueOf(id))
			.query()
			.singleRow();
		assertThat((String) audit.get("b")).contains("CELL_SECRETARY@" + cell);
		assertThat((String) audit.get("a")).contains("ADMIN").doesNotContain("CELL_SECRETARY");
	}

	@Test
	void aCellSecretaryNeedsACellAndTheFormSaysSo() throws Exception {
		long committee = this.jdbc
			.sql("insert into org_unit (code, kind, name, path, depth, search_text, established_on) "
					+ "values (:c, 'GRASSROOTS_COMMITTEE', 'Đảng ủy thử', '', 0, 'x', date '2020-01-01') returning id")
			.param("c", unique("T-ACC-"))
			.query(Long.class)
			.single();
		String username = unique("bad.");
		this.mvc
			.perform(postForm(TestCallers.admin(), "/accounts", "username", username, "displayName", "Lê Văn C",
					"grants[0].role", "CELL_SECRETARY", "grants[0].unitId", String.valueOf(committee)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "grants[0].unitId"))
			.andExpect(content().string(containsString("Bí thư chi bộ phải gắn với một chi bộ")));
		assertThat(this.identity.findByUsername(username)).isEmpty();
	}

	@Test
	void anAdministratorCannotDisableThemself() throws Exception {
		Caller self = adminCaller("self.", "Quản trị thử");
		String username = self.username();
		long id = self.accountId();
		this.mvc.perform(postForm(self, "/accounts/" + id + "/enabled", "enabled", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashError"));
		assertThat(this.identity.findByUsername(username).orElseThrow().enabled()).isTrue();
		// Another enabled administrator exists, so this one may be disabled by someone
		// else.
		this.identity.createAccount(new NewAccount(unique("other."), "Quản trị khác", "mat-khau-123", null,
				List.of(new Grant(Role.ADMIN, null))));
		Caller anotherAdmin = new Caller(-1, "admin", "Quản trị", Set.of(Role.ADMIN), Set.of(), null);
		this.mvc.perform(postForm(anotherAdmin, "/accounts/" + id + "/enabled", "enabled", "false"))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(this.identity.findByUsername(username).orElseThrow().enabled()).isFalse();
	}

	@Test
	void tokensPageCreatesShowsOnceAndRevokes() throws Exception {
		Caller owner = adminCaller("tok.", "Người dùng");
		long id = owner.accountId();
		String secret = (String) this.mvc.perform(postForm(owner, "/tokens", "name", "Báo cáo", "expiryDays", "30"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("newToken");
		assertThat(secret).matches("dv_[A-Za-z0-9_-]{43}");
		this.mvc.perform(get("/tokens").with(TestCallers.as(owner)))
			.andExpect(status().isOk())
			.andExpect(bodyContains("Báo cáo", secret.substring(0, 10)))
			.andExpect(content().string(not(containsString(secret))));
		long tokenId = this.jdbc.sql("select id from api_token where account_id = :a")
			.param("a", id)
			.query(Long.class)
			.single();
		// Someone else's token is not found.
		this.mvc.perform(postForm(TestCallers.admin(), "/tokens/" + tokenId + "/revoke"))
			.andExpect(status().isNotFound());
		this.mvc.perform(postForm(owner, "/tokens/" + tokenId + "/revoke")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select revoked_at is not null from api_token where id = :id")
			.param("id", tokenId)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
