package vn.dangvu.people.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.dangvu.organisation.demo.DemoOrganisation;
import vn.dangvu.organisation.demo.DemoOrganisation.Branch;
import vn.dangvu.organisation.demo.DemoOrganisation.Region;
import vn.dangvu.organisation.demo.DemoOrganisation.Team;
import vn.dangvu.people.Cccd;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.text.NameParts;
import vn.dangvu.platform.text.VietnameseText;

/**
 * About a thousand staff of the demo customs organisation, always the same (fixed random
 * seed): names with realistic family-name frequencies, birth dates 1966–2003, a cell as
 * work unit, ~60% Party members, ~95% union members, Youth Union members up to 30 (and a
 * few just past the limit).
 */
final class DemoPeople {

	static final int TOTAL = 1000;

	static final long SEED = 20250301L;

	/** Fixed people that browser tests and the docs rely on (docs/demo-data.md). */
	static final String SECRETARY_CAUTREO = "Phan Đình Thắng";

	static final String MEMBER_CAUTREO = "Nguyễn Văn Đức";

	static final String YOUTH_CAUTREO = "Lê Thị Thu Trang";

	/**
	 * One person to insert; team = the cell, union branch and youth branch they belong
	 * to.
	 */
	record PersonSeed(String fullName, LocalDate birthDate, Sex sex, String cccd, String ethnicity, String religion,
			String education, String theoryLevel, String jobTitle, Team team, boolean party, boolean union,
			boolean youth, String phone, String email, LocalDate joinedOn) {

	}

	/** Family names with their approximate share (per mille) of the population. */
	private static final String[][] FAMILY_NORTH = { { "Nguyễn", "380" }, { "Trần", "110" }, { "Lê", "95" },
			{ "Phạm", "70" }, { "Hoàng", "50" }, { "Phan", "45" }, { "Vũ", "39" }, { "Đặng", "21" }, { "Bùi", "20" },
			{ "Đỗ", "14" }, { "Hồ", "13" }, { "Ngô", "13" }, { "Dương", "10" }, { "Lý", "5" }, { "Đinh", "9" },
			{ "Đào", "8" }, { "Trịnh", "6" }, { "Mai", "5" }, { "Lương", "4" }, { "Tạ", "3" }, { "Cao", "4" } };

	private static final String[] STAFF_TITLES = { "Công chức", "Công chức", "Kiểm soát viên hải quan",
			"Kiểm soát viên hải quan", "Kiểm soát viên hải quan", "Kiểm soát viên chính hải quan",
			"Kiểm soát viên trung cấp hải quan", "Chuyên viên", "Chuyên viên chính", "Nhân viên hợp đồng" };

	private DemoPeople() {
	}

	static List<PersonSeed> generate(LocalDate today) {
		Random random = new Random(SEED);
		List<Team> teams = new ArrayList<>();
		List<Branch> branchOfTeam = new ArrayList<>();
		for (Branch branch : DemoOrganisation.BRANCHES) {
			for (Team team : branch.teams()) {
				teams.add(team);
				branchOfTeam.add(branch);
			}
		}
		int[] sizes = sizes(teams.size(), random);
		Set<String> fixedNames = Set.of(SECRETARY_CAUTREO, MEMBER_CAUTREO, YOUTH_CAUTREO);
		Set<String> cccds = new HashSet<>();
		List<PersonSeed> people = new ArrayList<>(TOTAL);
		int serial = 0;
		for (int t = 0; t < teams.size(); t++) {
			Team team = teams.get(t);
			Branch branch = branchOfTeam.get(t);
			boolean cauTreo = "CAUTREO".equals(team.key());
			for (int i = 0; i < sizes[t]; i++) {
				serial++;
				Identity who = identity(random, cauTreo ? i : -1, branch, today, fixedNames);
				Sex sex = who.sex();
				String fullName = who.fullName();
				LocalDate birth = who.birth();
				int age = Period.between(birth, today).getYears();
				String province = province(random, branch.provinces());
				String cccd = Cccd.compose(province, birth, sex, (serial * 7919 + 104729) % 1_000_000).value();
				if (!cccds.add(cccd)) {
					throw new IllegalStateException("duplicate demo CCCD " + cccd);
				}
				String title = title(i, team, branch, random);
				if (cauTreo && i == 1) {
					title = "Kiểm soát viên hải quan";
				}
				else if (cauTreo && i == 2) {
					title = "Công chức";
				}
				boolean head = i == 0;
				boolean party = head || i == 1 || (cauTreo && i < 3) || random.nextInt(100) < (age < 28 ? 30 : 66);
				boolean union = head || random.nextInt(100) < 95;
				boolean youth = age <= 30 || ((age == 31 || age == 32) && serial % 5 == 0);
				String ethnicity = ethnicity(random);
				String religion = random.nextInt(100) < 90 ? "NONE"
						: (random.nextBoolean() ? "BUDDHISM" : "CATHOLICISM");
				String education = age < 24 ? "COLLEGE"
						: (random.nextInt(100) < 30 ? "MASTER" : (random.nextInt(100) < 3 ? "DOCTOR" : "BACHELOR"));
				String theory = party ? (age > 45 ? "ADVANCED" : (age > 32 ? "INTERMEDIATE" : "ELEMENTARY"))
						: (age > 35 ? "INTERMEDIATE" : "ELEMENTARY");
				String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
				String email = emailOf(fullName, serial);
				people.add(new PersonSeed(fullName, birth, sex, cccd, ethnicity, religion, education, theory, title,
						team, party, union, youth, phone, email, joinedOn(birth, today)));
			}
		}
		return people;
	}

	/** Who a person is: sex, full name and birth date. */
	private record Identity(Sex sex, String fullName, LocalDate birth) {
	}

	/**
	 * A drawn person, or for {@code fixed} 0, 1, 2 the fixed people of CB-CAUTREO
	 * (secretary, member, young member; -1 for anyone else).
	 */
	private static Identity identity(Random random, int fixed, Branch branch, LocalDate today, Set<String> fixedNames) {
		if (fixed >= 0 && fixed < 3) {
			Sex sex = fixed == 2 ? Sex.FEMALE : Sex.MALE;
			String fullName = fixed == 0 ? SECRETARY_CAUTREO : (fixed == 1 ? MEMBER_CAUTREO : YOUTH_CAUTREO);
			LocalDate birth = fixed == 0 ? LocalDate.of(1975, 8, 19)
					: (fixed == 1 ? LocalDate.of(1988, 5, 14) : LocalDate.of(today.getYear() - 26, 10, 2));
			return new Identity(sex, fullName, birth);
		}
		Sex sex = random.nextInt(100) < 55 ? Sex.MALE : Sex.FEMALE;
		LocalDate birth = LocalDate.of(1966 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String fullName;
		do {
			fullName = name(random, sex, branch.region(), birth.getYear());
		}
		while (fixedNames.contains(fullName));
		return new Identity(sex, fullName, birth);
	}

	/** Joined the office at 23, not before it was established nor after today. */
	private static LocalDate joinedOn(LocalDate birth, LocalDate today) {
		LocalDate joined = birth.plusYears(23).isAfter(DemoOrganisation.ESTABLISHED) ? birth.plusYears(23)
				: DemoOrganisation.ESTABLISHED;
		return joined.isAfter(today) ? today : joined;
	}

	private static int[] sizes(int teams, Random random) {
		int[] sizes = new int[teams];
		int sum = 0;
		for (int i = 0; i < teams; i++) {
			sizes[i] = 20 + random.nextInt(20);
			sum += sizes[i];
		}
		while (sum != TOTAL) {
			int i = random.nextInt(teams);
			if (sum < TOTAL) {
				sizes[i]++;
				sum++;
			}
			else if (sizes[i] > 15) {
				sizes[i]--;
				sum--;
			}
		}
		return sizes;
	}

	private static String name(Random random, Sex sex, Region region, int birthYear) {
		String family = family(random, region);
		String middle;
		if (sex == Sex.MALE) {
			middle = NameParts.pick(random, NameParts.MALE_MIDDLE);
		}
		else {
			// "Thị" is more common among older women.
			middle = (birthYear < 1985 && random.nextInt(100) < 50) ? "Thị"
					: NameParts.pick(random, NameParts.FEMALE_MIDDLE);
		}
		if (random.nextInt(100) < 8) {
			// Some people carry two middle names: "Nguyễn Thị Thu Hà".
			middle = middle + " " + (sex == Sex.MALE ? "Minh" : "Thu");
			if (middle.equals("Minh Minh") || middle.equals("Thu Thu")) {
				middle = sex == Sex.MALE ? "Văn" : "Thị";
			}
		}
		String given = sex == Sex.MALE ? NameParts.pick(random, NameParts.MALE_GIVEN)
				: NameParts.pick(random, NameParts.FEMALE_GIVEN);
		return family + " " + middle + " " + given;
	}

	private static String family(Random random, Region region) {
		int total = 0;
		for (String[] f : FAMILY_NORTH) {
			total += Integer.parseInt(f[1]);
		}
		int pick = random.nextInt(total);
		String family = FAMILY_NORTH[FAMILY_NORTH.length - 1][0];
		for (String[] f : FAMILY_NORTH) {
			pick -= Integer.parseInt(f[1]);
			if (pick < 0) {
				family = f[0];
				break;
			}
		}
		if (region == Region.SOUTH) {
			family = family.equals("Hoàng") ? "Huỳnh" : family.equals("Vũ") ? "Võ" : family;
		}
		else if (region == Region.CENTRAL && family.equals("Vũ")) {
			family = "Võ";
		}
		return family;
	}

	private static String province(Random random, List<String> provinces) {
		// Two in three come from the first (home) province of the branch.
		return random.nextInt(3) < 2 ? provinces.get(0) : provinces.get(random.nextInt(provinces.size()));
	}

	private static String title(int index, Team team, Branch branch, Random random) {
		boolean office = "COQUAN".equals(branch.key());
		String teamName = team.name();
		if (index == 0) {
			String head;
			if (teamName.startsWith("Ban ")) {
				head = "Trưởng " + Character.toLowerCase(teamName.charAt(0)) + teamName.substring(1);
			}
			else if (teamName.startsWith("Văn phòng")) {
				head = "Chánh " + teamName;
			}
			else if (teamName.startsWith("Trung tâm")) {
				head = "Giám đốc " + teamName;
			}
			else if (teamName.startsWith("Đội")) {
				head = "Đội trưởng " + teamName.substring("Đội ".length());
			}
			else {
				head = office ? "Trưởng " + teamName : "Đội trưởng " + teamName;
			}
			return head + ", Bí thư Chi bộ";
		}
		if (index == 1) {
			if (!office && team.equals(branch.teams().get(0))) {
				return "Phó Chi cục trưởng " + branch.office() + ", Phó Bí thư Chi bộ";
			}
			return (office ? "Phó Trưởng ban" : "Phó Đội trưởng") + ", Phó Bí thư Chi bộ";
		}
		if (index == 2 && random.nextBoolean()) {
			return office ? "Phó Trưởng ban" : "Phó Đội trưởng";
		}
		return STAFF_TITLES[random.nextInt(STAFF_TITLES.length)];
	}

	private static String ethnicity(Random random) {
		int r = random.nextInt(100);
		if (r < 92) {
			return "Kinh";
		}
		return new String[] { "Mường", "Tày", "Thái", "Nùng", "Dao", "Hoa", "Khmer", "Mường" }[r - 92];
	}

	private static String emailOf(String fullName, int serial) {
		String[] parts = VietnameseText.fold(fullName).split(" ");
		StringBuilder initials = new StringBuilder();
		for (int i = 0; i < parts.length - 1; i++) {
			initials.append(parts[i].charAt(0));
		}
		return parts[parts.length - 1] + initials + serial + "@customs.gov.vn";
	}

}
