package vn.dangvu.identity.demo;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;
import vn.dangvu.platform.security.Role;

/**
 * One demo account per role (decision 0202); every password is
 * {@link DemoContext#PASSWORD}. Units and persons are found in the context by their demo
 * keys (unit code, full name).
 */
@Component
@Order(300)
@RequiredArgsConstructor
class DemoAccounts implements DemoSeed {

	/**
	 * unitCode is null for ADMIN and MEMBER; personName links the account to a person.
	 */
	record AccountSeed(String username, String displayName, Role role, String unitCode, String personName) {

	}

	static final List<AccountSeed> ACCOUNTS = List.of(
			new AccountSeed("admin", "Quản trị hệ thống", Role.ADMIN, null, null),
			new AccountSeed("vanphong", "Văn phòng Đảng ủy", Role.COMMITTEE_OFFICE, "DBCHQ", null),
			new AccountSeed("bithu.cautreo", "Bí thư Chi bộ Cầu Treo", Role.CELL_SECRETARY, "CB-CAUTREO",
					"Phan Đình Thắng"),
			new AccountSeed("congdoan", "Công đoàn Cục Hải quan", Role.UNION_OFFICER, "CD-CUC", null),
			new AccountSeed("dangvien", "Nguyễn Văn Đức", Role.MEMBER, null, "Nguyễn Văn Đức"),
			new AccountSeed("doanthanhnien", "Đoàn Thanh niên Cục Hải quan", Role.YOUTH_OFFICER, "DTN-CUC", null));

	private final JdbcTemplate jdbc;

	@Override
	public void seed(DemoContext context) {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(DemoContext.PASSWORD);
		Map<String, Long> unitIds = context.ids("unit");
		Map<String, Long> personIds = context.ids("person");
		for (AccountSeed a : ACCOUNTS) {
			Long personId = (a.personName() != null) ? personIds.get(a.personName()) : null;
			// An account of that name may already exist (e.g. an admin created from
			// DANGVU_ADMIN_PASSWORD): keep it and only add the grant.
			this.jdbc.update("""
					insert into account (username, display_name, password_hash, person_id)
					values (?, ?, ?, ?) on conflict do nothing""", a.username(), a.displayName(), hash, personId);
			Long accountId = this.jdbc.queryForObject("select id from account where lower(username) = lower(?)",
					Long.class, a.username());
			Long unitId = (a.unitCode() != null) ? unitIds.get(a.unitCode()) : null;
			this.jdbc.update(
					"insert into account_grant (account_id, role, unit_id) values (?, ?, ?) on conflict do nothing",
					accountId, a.role().name(), unitId);
		}
	}

}
