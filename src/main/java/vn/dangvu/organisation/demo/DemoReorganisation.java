package vn.dangvu.organisation.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.dangvu.organisation.demo.DemoOrganisation.Branch;
import vn.dangvu.organisation.demo.DemoOrganisation.UnitSeed;

/**
 * The story before the reorganisation of 1/3/2025, written as the history rows the
 * organisation module's own rename, merge and move would have written (decision 0010):
 * the Party root was "Đảng bộ Tổng cục Hải quan" and was renamed; the provincial
 * committees of Hà Tĩnh, Quảng Bình and Quảng Trị were merged into the new committee of
 * khu vực XI, Hà Nội's into khu vực I. Their cells moved under the new committee on the
 * same day; the cells of Quảng Bình and Quảng Trị were first merged into the Hà Tĩnh
 * cells of the same work.
 */
final class DemoReorganisation {

	/** When the old structure was set up. */
	static final LocalDate BEFORE = LocalDate.of(2008, 1, 1);

	/** The reorganisation of Customs. */
	static final LocalDate ON = DemoOrganisation.ESTABLISHED;

	static final String DECISION = "Quyết định 383/QĐ-BTC";

	static final String ROOT_OLD_NAME = "Đảng bộ Tổng cục Hải quan";

	static final String ROOT_OLD_SHORT_NAME = "ĐB Tổng cục Hải quan";

	/** A cell of an old committee merged into a cell of the new one. */
	record OldCell(String code, String name, String shortName, String intoCode) {

	}

	/**
	 * A provincial committee before 2025, merged into a branch's new committee. The first
	 * old committee of a branch is where the branch's current cells and sub-committees
	 * stood before.
	 */
	record OldCommittee(String code, String name, String shortName, String branchKey, List<OldCell> cells) {

	}

	/** One org_unit_history row; parent by code. */
	record HistorySeed(String code, String change, LocalDate validFrom, LocalDate validTo, String name,
			String shortName, String parentCode, String decisionRef, String note) {

	}

	static final List<OldCommittee> OLD_COMMITTEES = List.of(
			new OldCommittee("DB-CHQ-HATINH", "Đảng bộ Cục Hải quan tỉnh Hà Tĩnh", "ĐB Cục HQ Hà Tĩnh", "KVXI",
					List.of()),
			new OldCommittee("DB-CHQ-QUANGBINH", "Đảng bộ Cục Hải quan tỉnh Quảng Bình", "ĐB Cục HQ Quảng Bình", "KVXI",
					List.of(new OldCell("CB-KSHQ-QB", "Chi bộ Đội Kiểm soát Hải quan tỉnh Quảng Bình",
							"CB KSHQ Quảng Bình", "CB-KSHQ-HT"),
							new OldCell("CB-VANPHONG-QB", "Chi bộ Văn phòng Cục Hải quan tỉnh Quảng Bình",
									"CB VP Quảng Bình", "CB-VANPHONG-HT"))),
			new OldCommittee("DB-CHQ-QUANGTRI", "Đảng bộ Cục Hải quan tỉnh Quảng Trị", "ĐB Cục HQ Quảng Trị", "KVXI",
					List.of(new OldCell("CB-NGHIEPVU-QT", "Chi bộ Nghiệp vụ Cục Hải quan tỉnh Quảng Trị",
							"CB Nghiệp vụ Quảng Trị", "CB-NGHIEPVU-HT"),
							new OldCell("CB-MATUY-QT", "Chi bộ Đội Kiểm soát phòng, chống ma túy tỉnh Quảng Trị",
									"CB Ma túy Quảng Trị", "CB-MATUY-HT"))),
			new OldCommittee("DB-CHQ-HANOI", "Đảng bộ Cục Hải quan thành phố Hà Nội", "ĐB Cục HQ Hà Nội", "KVI",
					List.of()));

	private DemoReorganisation() {
	}

	/**
	 * The closed units (old committees, then their merged-away cells), parents first;
	 * inserted after the current units.
	 */
	static List<UnitSeed> closedUnits() {
		List<UnitSeed> units = new ArrayList<>();
		for (OldCommittee c : OLD_COMMITTEES) {
			units.add(new UnitSeed(c.code(), "GRASSROOTS_COMMITTEE", c.name(), c.shortName(),
					DemoOrganisation.PARTY_ROOT, null));
		}
		for (OldCommittee c : OLD_COMMITTEES) {
			for (OldCell cell : c.cells()) {
				units.add(new UnitSeed(cell.code(), "CELL", cell.name(), cell.shortName(), c.code(), null));
			}
		}
		return units;
	}

	/** The unit each closed unit was merged into, by code. */
	static Map<String, String> mergedInto() {
		Map<String, String> into = new LinkedHashMap<>();
		for (OldCommittee c : OLD_COMMITTEES) {
			into.put(c.code(), branch(c.branchKey()).partyCode());
			for (OldCell cell : c.cells()) {
				into.put(cell.code(), cell.intoCode());
			}
		}
		return into;
	}

	/**
	 * The day each unit was established: the old structure (the root, the old committees
	 * and everything that stood under them) in 2008, the rest on 1/3/2025.
	 */
	static LocalDate establishedOn(String code, List<UnitSeed> current) {
		if (code.equals(DemoOrganisation.PARTY_ROOT) || mergedInto().containsKey(code)) {
			return BEFORE;
		}
		Map<String, String> parents = current.stream()
			.filter((u) -> u.parentCode() != null)
			.collect(Collectors.toMap(UnitSeed::code, UnitSeed::parentCode));
		Set<String> reorganised = reorganisedBranchCodes();
		for (String p = parents.get(code); p != null; p = parents.get(p)) {
			if (reorganised.contains(p)) {
				return BEFORE;
			}
		}
		return ON;
	}

	/**
	 * Every history row, in the order the organisation module would have written them;
	 * current = {@link DemoOrganisation#units()}.
	 */
	static List<HistorySeed> history(List<UnitSeed> current) {
		Map<String, OldCommittee> homeOf = new LinkedHashMap<>();
		for (OldCommittee c : OLD_COMMITTEES) {
			homeOf.putIfAbsent(branch(c.branchKey()).partyCode(), c);
		}
		Map<String, List<OldCell>> mergedIntoCell = new LinkedHashMap<>();
		for (OldCommittee c : OLD_COMMITTEES) {
			for (OldCell cell : c.cells()) {
				mergedIntoCell.computeIfAbsent(cell.intoCode(), (k) -> new ArrayList<>()).add(cell);
			}
		}
		List<HistorySeed> rows = new ArrayList<>();
		for (UnitSeed u : current) {
			LocalDate established = establishedOn(u.code(), current);
			if (u.code().equals(DemoOrganisation.PARTY_ROOT)) {
				rows.add(new HistorySeed(u.code(), "ESTABLISHED", BEFORE, ON, ROOT_OLD_NAME, ROOT_OLD_SHORT_NAME, null,
						null, null));
				rows.add(new HistorySeed(u.code(), "RENAMED", ON, null, u.name(), u.shortName(), null, DECISION, null));
			}
			else if (homeOf.containsKey(u.code())) {
				String sources = OLD_COMMITTEES.stream()
					.filter((c) -> branch(c.branchKey()).partyCode().equals(u.code()))
					.map(OldCommittee::name)
					.collect(Collectors.joining(", "));
				rows.add(new HistorySeed(u.code(), "ESTABLISHED", ON, null, u.name(), u.shortName(), u.parentCode(),
						DECISION, "Tiếp nhận từ hợp nhất: " + sources));
			}
			else if (homeOf.containsKey(u.parentCode())) {
				// Stood under the old committee; moved by the merge of the committees.
				OldCommittee home = homeOf.get(u.parentCode());
				List<OldCell> absorbed = mergedIntoCell.getOrDefault(u.code(), List.of());
				rows.add(new HistorySeed(u.code(), "ESTABLISHED", BEFORE, ON, u.name(), u.shortName(), home.code(),
						null, null));
				if (!absorbed.isEmpty()) {
					String sources = absorbed.stream().map(OldCell::name).collect(Collectors.joining(", "));
					rows.add(new HistorySeed(u.code(), "MERGED", ON, ON, u.name(), u.shortName(), home.code(), DECISION,
							"Tiếp nhận từ hợp nhất: " + sources));
				}
				rows.add(new HistorySeed(u.code(), "MOVED", ON, null, u.name(), u.shortName(), u.parentCode(), DECISION,
						"Chuyển về đơn vị mới do hợp nhất " + home.name()));
			}
			else {
				rows.add(new HistorySeed(u.code(), "ESTABLISHED", established, null, u.name(), u.shortName(),
						u.parentCode(), null, null));
			}
		}
		rows.addAll(mergedAway(current));
		return rows;
	}

	/**
	 * The history of the old committees and their cells, each merged into a current unit.
	 */
	private static List<HistorySeed> mergedAway(List<UnitSeed> current) {
		List<HistorySeed> rows = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		current.forEach((u) -> names.put(u.code(), u.name()));
		for (OldCommittee c : OLD_COMMITTEES) {
			rows.add(new HistorySeed(c.code(), "ESTABLISHED", BEFORE, ON, c.name(), c.shortName(),
					DemoOrganisation.PARTY_ROOT, null, null));
			rows.add(new HistorySeed(c.code(), "MERGED", ON, ON, c.name(), c.shortName(), DemoOrganisation.PARTY_ROOT,
					DECISION, "Hợp nhất vào " + names.get(branch(c.branchKey()).partyCode())));
			for (OldCell cell : c.cells()) {
				rows.add(new HistorySeed(cell.code(), "ESTABLISHED", BEFORE, ON, cell.name(), cell.shortName(),
						c.code(), null, null));
				rows.add(new HistorySeed(cell.code(), "MERGED", ON, ON, cell.name(), cell.shortName(), c.code(),
						DECISION, "Hợp nhất vào " + names.get(cell.intoCode())));
			}
		}
		return rows;
	}

	private static Set<String> reorganisedBranchCodes() {
		return OLD_COMMITTEES.stream().map((c) -> branch(c.branchKey()).partyCode()).collect(Collectors.toSet());
	}

	private static Branch branch(String key) {
		return DemoOrganisation.BRANCHES.stream()
			.filter((b) -> b.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo branch " + key));
	}

}
