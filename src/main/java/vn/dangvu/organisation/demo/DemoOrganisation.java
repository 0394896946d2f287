package vn.dangvu.organisation.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo organisation of Cục Hải quan after the reorganisation of 1/3/2025: the Party
 * tree (bloc committee, grassroots committees, sub-committees, cells) and beside it the
 * trade-union and Youth Union trees, one union branch and one youth branch per team.
 */
public final class DemoOrganisation {

	public static final LocalDate ESTABLISHED = LocalDate.of(2025, 3, 1);

	public static final String PARTY_ROOT = "DBCHQ";

	public static final String UNION_ROOT = "CD-CUC";

	public static final String YOUTH_ROOT = "DTN-CUC";

	/**
	 * A team (đội, ban, văn phòng) of a branch office: one cell, one union and youth
	 * branch.
	 */
	public record Team(String key, String name, String subCommittee) {

		Team(String key, String name) {
			this(key, name, null);
		}

		public String cellCode() {
			return "CB-" + this.key;
		}

	}

	/** An intermediate Party organisation (Đảng bộ bộ phận) inside a branch. */
	public record SubCommittee(String key, String name, String shortName) {

		public String code() {
			return "DBBP-" + this.key;
		}

	}

	/**
	 * A grassroots Party organisation and the office it gathers; provinces are the CCCD
	 * province codes its staff mostly come from (first = most).
	 */
	public record Branch(String key, String partyName, String partyShortName, String office, String officeShortName,
			List<String> provinces, Region region, List<SubCommittee> subCommittees, List<Team> teams) {

		public String partyCode() {
			return "DB-" + this.key;
		}

		public String unionCode() {
			return "CD-" + this.key;
		}

		public String youthCode() {
			return "DTN-" + this.key;
		}

	}

	/** Where the staff come from: family names differ by region (Hoàng/Huỳnh, Vũ/Võ). */
	public enum Region {

		NORTH, CENTRAL, SOUTH

	}

	/** One row for org_unit, parents always before their children. */
	record UnitSeed(String code, String kind, String name, String shortName, String parentCode, String ledByCode) {

	}

	public static final List<Branch> BRANCHES = List.of(
			new Branch("KVXI", "Đảng bộ Chi cục Hải quan khu vực XI", "ĐB HQ Hà Tĩnh", "Chi cục Hải quan khu vực XI",
					"HQ KV XI", List.of("042", "040", "044", "045"), Region.CENTRAL, List.of(),
					List.of(new Team("CAUTREO", "Hải quan cửa khẩu quốc tế Cầu Treo"),
							new Team("VUNGANG", "Hải quan cửa khẩu cảng Vũng Áng"),
							new Team("KSHQ-HT", "Đội Kiểm soát Hải quan"),
							new Team("MATUY-HT", "Đội Kiểm soát phòng, chống ma túy"),
							new Team("NGHIEPVU-HT", "Nghiệp vụ"), new Team("VANPHONG-HT", "Văn phòng"),
							new Team("CHALO", "Hải quan cửa khẩu Cha Lo"), new Team("HONGLINH", "Hải quan Hồng Lĩnh"))),
			new Branch("KVI", "Đảng bộ Chi cục Hải quan khu vực I", "ĐB HQ KV I", "Chi cục Hải quan khu vực I",
					"HQ KV I", List.of("001", "034", "036", "030", "033", "035"), Region.NORTH,
					List.of(new SubCommittee("NOIBAI", "Đảng bộ bộ phận Hải quan cửa khẩu sân bay quốc tế Nội Bài",
							"ĐBBP HQ Nội Bài")),
					List.of(new Team("NB-HANGHOA", "Thủ tục hàng hóa xuất nhập khẩu Nội Bài", "NOIBAI"),
							new Team("NB-HANHKHACH", "Giám sát hành lý hành khách Nội Bài", "NOIBAI"),
							new Team("NB-CHUYENPHAT", "Hàng chuyển phát nhanh Nội Bài", "NOIBAI"),
							new Team("BACHANOI", "Hải quan Bắc Hà Nội"), new Team("GIATHUY", "Hải quan Gia Thụy"),
							new Team("YENVIEN", "Hải quan Ga đường sắt quốc tế Yên Viên"),
							new Team("BUUDIEN-HN", "Hải quan Bưu điện thành phố Hà Nội"),
							new Team("KSHQ-HN", "Đội Kiểm soát Hải quan Hà Nội"))),
			new Branch("KVII", "Đảng bộ Chi cục Hải quan khu vực II", "ĐB HQ KV II", "Chi cục Hải quan khu vực II",
					"HQ KV II", List.of("079", "080", "082", "083", "087", "075"), Region.SOUTH,
					List.of(new SubCommittee("TANSONNHAT",
							"Đảng bộ bộ phận Hải quan cửa khẩu sân bay quốc tế Tân Sơn Nhất", "ĐBBP HQ Tân Sơn Nhất")),
					List.of(new Team("TSN-HANGHOA", "Hàng hóa xuất nhập khẩu Tân Sơn Nhất", "TANSONNHAT"),
							new Team("TSN-HANHKHACH", "Hành lý hành khách Tân Sơn Nhất", "TANSONNHAT"),
							new Team("TSN-CHUYENPHAT", "Hàng chuyển phát nhanh Tân Sơn Nhất", "TANSONNHAT"),
							new Team("CATLAI", "Hải quan cửa khẩu cảng Cát Lái"),
							new Team("SAIGON-KV1", "Hải quan cửa khẩu cảng Sài Gòn khu vực I"),
							new Team("HIEPPHUOC", "Hải quan cửa khẩu cảng Hiệp Phước"),
							new Team("TANTHUAN", "Hải quan Khu chế xuất Tân Thuận"),
							new Team("KSHQ-HCM", "Đội Kiểm soát Hải quan Thành phố Hồ Chí Minh"))),
			new Branch("COQUAN", "Đảng bộ Cơ quan Cục Hải quan", "ĐB Cơ quan Cục", "Cơ quan Cục Hải quan",
					"Cơ quan Cục", List.of("001", "026", "027", "038", "040", "031"), Region.NORTH, List.of(),
					List.of(new Team("GSQL", "Ban Giám sát quản lý"), new Team("THUEXNK", "Ban Thuế xuất nhập khẩu"),
							new Team("VANPHONG-CUC", "Văn phòng Cục"), new Team("TCCB", "Ban Tổ chức cán bộ"),
							new Team("PHAPCHE", "Ban Pháp chế"), new Team("QLRR", "Ban Quản lý rủi ro"),
							new Team("KTSTQ", "Ban Kiểm tra sau thông quan"), new Team("TVQT", "Ban Tài vụ - Quản trị"),
							new Team("HTQT", "Ban Hợp tác quốc tế"),
							new Team("CNTT", "Trung tâm Dữ liệu và Công nghệ thông tin"))));

	private DemoOrganisation() {
	}

	/** Every unit of the three trees, parents first. */
	static List<UnitSeed> units() {
		List<UnitSeed> units = new ArrayList<>();
		units.add(new UnitSeed(PARTY_ROOT, "BLOC_COMMITTEE", "Đảng bộ Cục Hải quan", "ĐB Cục Hải quan", null, null));
		units.add(
				new UnitSeed(UNION_ROOT, "TRADE_UNION", "Công đoàn Cục Hải quan", "CĐ Cục Hải quan", null, PARTY_ROOT));
		units.add(new UnitSeed(YOUTH_ROOT, "YOUTH_UNION", "Đoàn Thanh niên Cục Hải quan", "ĐTN Cục Hải quan", null,
				PARTY_ROOT));
		for (Branch branch : BRANCHES) {
			units.add(new UnitSeed(branch.partyCode(), "GRASSROOTS_COMMITTEE", branch.partyName(),
					branch.partyShortName(), PARTY_ROOT, null));
			for (SubCommittee sub : branch.subCommittees()) {
				units.add(new UnitSeed(sub.code(), "SUB_COMMITTEE", sub.name(), sub.shortName(), branch.partyCode(),
						null));
			}
			units.add(new UnitSeed(branch.unionCode(), "TRADE_UNION", "Công đoàn " + branch.office(),
					"CĐ " + branch.officeShortName(), UNION_ROOT, branch.partyCode()));
			units.add(new UnitSeed(branch.youthCode(), "YOUTH_UNION", "Đoàn Thanh niên " + branch.office(),
					"ĐTN " + branch.officeShortName(), YOUTH_ROOT, branch.partyCode()));
			for (Team team : branch.teams()) {
				String cellParent = team.subCommittee() == null ? branch.partyCode() : "DBBP-" + team.subCommittee();
				units.add(new UnitSeed(team.cellCode(), "CELL", "Chi bộ " + team.name(), "CB " + shortOf(team.name()),
						cellParent, null));
				units.add(new UnitSeed("CD-" + team.key(), "UNION_BRANCH", "Công đoàn bộ phận " + team.name(),
						"CĐBP " + shortOf(team.name()), branch.unionCode(), team.cellCode()));
				units.add(new UnitSeed("DTN-" + team.key(), "YOUTH_BRANCH", "Chi đoàn " + team.name(),
						"Chi đoàn " + shortOf(team.name()), branch.youthCode(), team.cellCode()));
			}
		}
		return units;
	}

	/** "Hải quan cửa khẩu quốc tế Cầu Treo" → "Cầu Treo"; short names stay readable. */
	static String shortOf(String teamName) {
		String s = teamName.replace("Hải quan cửa khẩu quốc tế ", "")
			.replace("Hải quan cửa khẩu sân bay quốc tế ", "")
			.replace("Hải quan cửa khẩu cảng ", "")
			.replace("Hải quan cửa khẩu ", "")
			.replace("Hải quan ", "HQ ");
		return s.length() > 100 ? s.substring(0, 100) : s;
	}

}
