package vn.dangvu.demo;

import java.util.List;

import vn.dangvu.platform.security.Role;

/** One demo account per role; every password is {@link DemoDataLoader#PASSWORD}. */
final class DemoAccounts {

	/**
	 * unitCode is null for ADMIN and MEMBER; personName links the account to a person.
	 */
	record AccountSeed(String username, String displayName, Role role, String unitCode, String personName) {

	}

	static final List<AccountSeed> ACCOUNTS = List.of(
			new AccountSeed("admin", "Quản trị hệ thống", Role.ADMIN, null, null),
			new AccountSeed("vanphong", "Văn phòng Đảng ủy", Role.COMMITTEE_OFFICE, DemoOrganisation.PARTY_ROOT, null),
			new AccountSeed("bithu.cautreo", "Bí thư Chi bộ Cầu Treo", Role.CELL_SECRETARY, "CB-CAUTREO",
					DemoPeople.SECRETARY_CAUTREO),
			new AccountSeed("congdoan", "Công đoàn Cục Hải quan", Role.UNION_OFFICER, DemoOrganisation.UNION_ROOT,
					null),
			new AccountSeed("dangvien", DemoPeople.MEMBER_CAUTREO, Role.MEMBER, null, DemoPeople.MEMBER_CAUTREO),
			new AccountSeed("doanthanhnien", "Đoàn Thanh niên Cục Hải quan", Role.YOUTH_OFFICER,
					DemoOrganisation.YOUTH_ROOT, null));

	private DemoAccounts() {
	}

}
