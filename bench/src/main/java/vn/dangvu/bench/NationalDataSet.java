package vn.dangvu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import vn.dangvu.people.Cccd;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.text.NameParts;
import vn.dangvu.platform.text.VietnameseName;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Generates a national-scale data set (at scale 1: 70 top committees, 52,000 grassroots
 * organisations, ~300,000 cells, ~5.6 million people) and streams it into PostgreSQL with
 * COPY, on the application's own schema (its Flyway migrations).
 *
 * <p>
 * Usage: {@code NationalDataSet <jdbcUrl> <scale>}.
 */
public final class NationalDataSet {

	static final int TOPS = 70;

	static final int GRASSROOTS = 52_000;

	/** The first top committee is the "provincial office" of the benchmark: ~900 grassroots. */
	static final int FIRST_TOP_GRASSROOTS = 900;

	private static final String[][] FAMILY = { { "Nguyễn", "380" }, { "Trần", "110" }, { "Lê", "95" },
			{ "Phạm", "70" }, { "Hoàng", "30" }, { "Huỳnh", "20" }, { "Phan", "45" }, { "Vũ", "25" }, { "Võ", "14" },
			{ "Đặng", "21" }, { "Bùi", "20" }, { "Đỗ", "14" }, { "Hồ", "13" }, { "Ngô", "13" }, { "Dương", "10" },
			{ "Lý", "5" }, { "Đinh", "9" }, { "Đào", "8" }, { "Trịnh", "6" }, { "Mai", "5" }, { "Lương", "4" },
			{ "Tạ", "3" }, { "Cao", "4" } };

	private static final String[] PROVINCES = { "001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
			"017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
			"064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
			"087", "089", "091", "092", "093", "094", "095", "096" };

	private static final String[] TITLES = { "Công chức", "Chuyên viên", "Chuyên viên chính", "Kiểm soát viên",
			"Nhân viên", "Giáo viên", "Bác sĩ", "Kỹ sư" };

	private static final int FAMILY_TOTAL;

	static {
		int t = 0;
		for (String[] f : FAMILY) {
			t += Integer.parseInt(f[1]);
		}
		FAMILY_TOTAL = t;
	}

	private final double scale;

	private final Random random = new Random(42);

	private final Map<String, String[]> nameCache = new HashMap<>();

	/** Cells: id, grassroots index; grassroots: union id, youth id. */
	private final List<long[]> cells = new ArrayList<>();

	private long[] grassrootsUnion;

	private long[] grassrootsYouth;

	private int[] grassrootsProvince;

	private final int[][][] cccdSerial = new int[PROVINCES.length][2][40];

	private NationalDataSet(double scale) {
		this.scale = scale;
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		double scale = Double.parseDouble(args[1]);
		new NationalDataSet(scale).run(url);
	}

	private void run(String url) throws Exception {
		long t0 = System.nanoTime();
		try (Connection c = DriverManager.getConnection(url)) {
			BenchSchema.recreate(c, url);
			step("flyway", t0);
			List<String> indexes = new ArrayList<>();
			List<String> foreignKeys = new ArrayList<>();
			try (Statement s = c.createStatement()) {
				try (ResultSet rs = s.executeQuery("""
						select indexname, indexdef from pg_indexes
						where schemaname = 'public' and tablename in ('org_unit', 'person') and indexname not like '%_pkey'""")) {
					while (rs.next()) {
						indexes.add(rs.getString(2));
					}
				}
				try (ResultSet rs = s.executeQuery("""
						select conrelid::regclass, conname, pg_get_constraintdef(oid) from pg_constraint
						where contype = 'f' and conrelid in ('org_unit'::regclass, 'person'::regclass)""")) {
					while (rs.next()) {
						foreignKeys.add("alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " "
								+ rs.getString(3));
						s.getConnection()
							.createStatement()
							.execute("alter table " + rs.getString(1) + " drop constraint " + rs.getString(2));
					}
				}
				for (String def : indexes) {
					String name = def.replaceFirst("CREATE (UNIQUE )?INDEX (\\S+) .*", "$2");
					s.execute("drop index " + name);
				}
				s.execute("alter table org_unit disable trigger user");
			}
			long t1 = System.nanoTime();
			long units = copyUnits(c);
			step("copy org_unit (" + units + " rows)", t1);
			try (Statement s = c.createStatement()) {
				s.execute("alter table org_unit enable trigger user");
			}
			long t2 = System.nanoTime();
			long people = copyPeople(c);
			step("copy person (" + people + " rows)", t2);
			try (Statement s = c.createStatement()) {
				s.execute("select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))");
				s.execute("select setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person))");
				s.execute("set maintenance_work_mem = '2GB'");
				s.execute("set max_parallel_maintenance_workers = 2");
				for (String def : indexes) {
					long ti = System.nanoTime();
					s.execute(def);
					step(def, ti);
				}
				for (String fk : foreignKeys) {
					long ti = System.nanoTime();
					s.execute(fk);
					step(fk, ti);
				}
				// person_scope (decision 0070): rebuilt from bench/person-scope.sql, statement by statement
				String script = Files.readString(Path.of("person-scope.sql")).replaceAll("(?m)^--.*\\n", "");
				for (String statement : script.split(";\\s*\\n")) {
					if (!statement.isBlank()) {
						long ti = System.nanoTime();
						int rows = s.executeUpdate(statement);
						String head = statement.strip().lines().findFirst().orElse("");
						step(head + (rows > 0 ? " (" + rows + " rows)" : ""), ti);
					}
				}
				long ta = System.nanoTime();
				s.execute("vacuum (analyze) org_unit");
				s.execute("vacuum (analyze) person");
				step("vacuum analyze", ta);
			}
		}
		step("total", t0);
	}

	private static void step(String what, long since) {
		System.out.printf("%8.1f s  %s%n", (System.nanoTime() - since) / 1e9, what);
	}

	/** Buffers COPY text and sends it in chunks of about 1 MB. */
	private static final class CopyStream implements AutoCloseable {

		private final CopyIn copy;

		private final StringBuilder buffer = new StringBuilder(1 << 21);

		CopyStream(Connection c, String sql) throws SQLException {
			this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		}

		StringBuilder row() throws SQLException {
			if (this.buffer.length() > (1 << 20)) {
				flush();
			}
			return this.buffer;
		}

		private void flush() throws SQLException {
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.buffer.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			flush();
			this.copy.endCopy();
		}

	}

	private static void unit(StringBuilder b, long id, String code, String kind, String name, String shortName,
			long parent, String path, long ledBy) {
		// As the org_unit_path_before trigger computes it: number of slashes - 1.
		int depth = -1;
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '/') {
				depth++;
			}
		}
		b.append(id)
			.append('\t')
			.append(code)
			.append('\t')
			.append(kind)
			.append('\t')
			.append(name)
			.append('\t')
			.append(shortName)
			.append('\t')
			.append(parent > 0 ? Long.toString(parent) : "\\N")
			.append('\t')
			.append(path)
			.append('\t')
			.append(depth)
			.append('\t')
			.append(VietnameseText.fold(name + " " + shortName + " " + code))
			.append("\t2025-07-01\t")
			.append(ledBy > 0 ? Long.toString(ledBy) : "\\N")
			.append('\n');
	}

	private long copyUnits(Connection c) throws SQLException {
		int grassroots = (int) Math.round(GRASSROOTS * this.scale);
		int first = Math.max(1, (int) Math.round(FIRST_TOP_GRASSROOTS * this.scale));
		int[] perTop = new int[TOPS];
		perTop[0] = first;
		double[] weights = new double[TOPS];
		double sum = 0;
		for (int t = 1; t < TOPS; t++) {
			weights[t] = 0.3 + this.random.nextDouble() * 1.7;
			sum += weights[t];
		}
		int assigned = first;
		for (int t = 1; t < TOPS; t++) {
			perTop[t] = Math.max(1, (int) Math.round((grassroots - first) * weights[t] / sum));
			assigned += perTop[t];
		}
		perTop[TOPS - 1] += grassroots - assigned;
		this.grassrootsUnion = new long[grassroots];
		this.grassrootsYouth = new long[grassroots];
		this.grassrootsProvince = new int[grassroots];
		long id = 0;
		long count = 0;
		int g = 0;
		try (CopyStream copy = new CopyStream(c, """
				copy org_unit (id, code, kind, name, short_name, parent_id, path, depth, search_text, established_on,
				               led_by_id) from stdin""")) {
			for (int t = 0; t < TOPS; t++) {
				String top = String.format("T%02d", t + 1);
				String province = t < 63 ? Cccd.PROVINCES.get(PROVINCES[t]) : "Khối " + (t - 62);
				long topId = ++id;
				String topPath = "/" + topId + "/";
				unit(copy.row(), topId, top, "BLOC_COMMITTEE", "Đảng bộ " + province, "ĐB " + province, 0, topPath, 0);
				long unionTop = ++id;
				unit(copy.row(), unionTop, "CD-" + top, "TRADE_UNION", "Liên đoàn Lao động " + province,
						"LĐLĐ " + province, 0, "/" + unionTop + "/", topId);
				long youthTop = ++id;
				unit(copy.row(), youthTop, "DTN-" + top, "YOUTH_UNION", "Đoàn Thanh niên " + province,
						"ĐTN " + province, 0, "/" + youthTop + "/", topId);
				count += 3;
				for (int k = 0; k < perTop[t]; k++, g++) {
					String gCode = String.format("%s-G%04d", top, k + 1);
					long gId = ++id;
					String gPath = topPath + gId + "/";
					String gName = "Đảng bộ cơ sở số " + (k + 1) + " " + province;
					unit(copy.row(), gId, gCode, "GRASSROOTS_COMMITTEE", gName, "ĐBCS " + (k + 1), topId, gPath, 0);
					long uId = ++id;
					unit(copy.row(), uId, "CD-" + gCode, "TRADE_UNION", "Công đoàn cơ sở số " + (k + 1) + " " + province,
							"CĐCS " + (k + 1), unionTop, "/" + unionTop + "/" + uId + "/", gId);
					long yId = ++id;
					unit(copy.row(), yId, "DTN-" + gCode, "YOUTH_UNION",
							"Đoàn cơ sở số " + (k + 1) + " " + province, "ĐCS " + (k + 1), youthTop,
							"/" + youthTop + "/" + yId + "/", gId);
					count += 3;
					this.grassrootsUnion[g] = uId;
					this.grassrootsYouth[g] = yId;
					this.grassrootsProvince[g] = t < 63 ? t : this.random.nextInt(63);
					double r = this.random.nextDouble();
					int cellCount = r < 0.92 ? 1 + this.random.nextInt(9) : 8 + this.random.nextInt(16);
					long subId = 0;
					String subPath = null;
					for (int cc = 0; cc < cellCount; cc++) {
						String parentPath = gPath;
						long parent = gId;
						if (cellCount >= 10) {
							// Large organisations group their cells under sub-committees of ~5.
							if (cc % 5 == 0) {
								subId = ++id;
								subPath = gPath + subId + "/";
								unit(copy.row(), subId, gCode + "-B" + (cc / 5 + 1), "SUB_COMMITTEE",
										"Đảng bộ bộ phận " + (cc / 5 + 1) + " thuộc " + gName, "ĐBBP " + (cc / 5 + 1),
										gId, subPath, 0);
								count++;
							}
							parentPath = subPath;
							parent = subId;
						}
						long cellId = ++id;
						unit(copy.row(), cellId, String.format("%s-C%02d", gCode, cc + 1), "CELL",
								"Chi bộ " + (cc + 1) + " thuộc " + gName, "CB " + (cc + 1), parent,
								parentPath + cellId + "/", 0);
						count++;
						this.cells.add(new long[] { cellId, g });
					}
				}
			}
		}
		return count;
	}

	private long copyPeople(Connection c) throws SQLException {
		long id = 0;
		LocalDate today = LocalDate.of(2026, 1, 1);
		HexFormat hex = HexFormat.of();
		try (CopyStream copy = new CopyStream(c, """
				copy person (id, full_name, family_name, middle_name, given_name, search_text, sort_key, birth_date,
				             sex, cccd, ethnicity, job_title, work_unit_id, party_unit_id, union_unit_id, youth_unit_id)
				from stdin""")) {
			for (long[] cell : this.cells) {
				int g = (int) cell[1];
				int size = 5 + this.random.nextInt(29);
				for (int i = 0; i < size; i++) {
					boolean male = this.random.nextInt(100) < 55;
					int year = 1966 + this.random.nextInt(38);
					LocalDate birth = LocalDate.of(year, 1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
					String full = name(male, year);
					String[] derived = this.nameCache.computeIfAbsent(full, (n) -> {
						VietnameseName vn = VietnameseName.parse(n);
						return new String[] { vn.family(), vn.middle(), vn.given(), VietnameseText.fold(vn.full()),
								"\\\\x" + hex.formatHex(vn.sortKey()) };
					});
					int p = this.random.nextInt(3) < 2 ? this.grassrootsProvince[g] : this.random.nextInt(63);
					int sexIndex = male ? 0 : 1;
					int serial = this.cccdSerial[p][sexIndex][year - 1966]++;
					String cccd = Cccd.compose(PROVINCES[p], birth, male ? Sex.MALE : Sex.FEMALE, serial).value();
					int age = today.getYear() - year;
					boolean party = i == 0 || this.random.nextInt(100) < 60;
					boolean union = this.random.nextInt(100) < 95;
					boolean youth = age <= 30;
					StringBuilder b = copy.row();
					b.append(++id)
						.append('\t')
						.append(full)
						.append('\t')
						.append(derived[0])
						.append('\t')
						.append(derived[1])
						.append('\t')
						.append(derived[2])
						.append('\t')
						.append(derived[3])
						.append(' ')
						.append(cccd)
						.append('\t')
						.append(derived[4])
						.append('\t')
						.append(birth)
						.append('\t')
						.append(male ? "MALE" : "FEMALE")
						.append('\t')
						.append(cccd)
						.append('\t')
						.append(this.random.nextInt(100) < 90 ? "Kinh" : "Tày")
						.append('\t')
						.append(TITLES[this.random.nextInt(TITLES.length)])
						.append('\t')
						.append(cell[0])
						.append('\t')
						.append(party ? Long.toString(cell[0]) : "\\N")
						.append('\t')
						.append(union ? Long.toString(this.grassrootsUnion[g]) : "\\N")
						.append('\t')
						.append(youth ? Long.toString(this.grassrootsYouth[g]) : "\\N")
						.append('\n');
					if (id % 1_000_000 == 0) {
						System.out.printf("          %,d people%n", id);
					}
				}
			}
		}
		return id;
	}

	private String name(boolean male, int year) {
		int pick = this.random.nextInt(FAMILY_TOTAL);
		String family = FAMILY[0][0];
		for (String[] f : FAMILY) {
			pick -= Integer.parseInt(f[1]);
			if (pick < 0) {
				family = f[0];
				break;
			}
		}
		String middle = male ? NameParts.pick(this.random, NameParts.MALE_MIDDLE)
				: ((year < 1985 && this.random.nextBoolean()) ? "Thị"
						: NameParts.pick(this.random, NameParts.FEMALE_MIDDLE));
		String given = male ? NameParts.pick(this.random, NameParts.MALE_GIVEN)
				: NameParts.pick(this.random, NameParts.FEMALE_GIVEN);
		return family + " " + middle + " " + given;
	}

}
