package vn.dangvu.people;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.TestCallers;
import vn.dangvu.people.record.PersonDraft;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;

/** Units and numbers for people tests; every code is unique so tests never collide. */
public final class PeopleFixtures {

	private static final AtomicInteger SERIAL = new AtomicInteger(
			ThreadLocalRandom.current().nextInt(100_000, 800_000));

	private final JdbcClient jdbc;

	public PeopleFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A grassroots committee with a cell, a trade union and a youth branch under it. */
	public record Tree(long root, long cell, long union, long youth, String rootCode, String cellCode) {

		/** The committee office of {@link #root()}: it manages the whole tree. */
		public Caller office() {
			return TestCallers.officeOf(this.root);
		}

	}

	public Tree tree(String label) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long root = unit("T-" + suffix, "GRASSROOTS_COMMITTEE", null, "Đảng bộ " + label);
		long cell = unit("C-" + suffix, "CELL", root, "Chi bộ " + label);
		long union = unit("U-" + suffix, "TRADE_UNION", root, "Công đoàn " + label);
		long youth = unit("Y-" + suffix, "YOUTH_BRANCH", root, "Chi đoàn " + label);
		return new Tree(root, cell, union, youth, "T-" + suffix, "C-" + suffix);
	}

	public long unit(String code, String kind, Long parent, String name) {
		return this.jdbc.sql("""
				insert into org_unit (code, kind, name, parent_id, path, depth, search_text, established_on)
				values (:code, :kind, :name, :parent, '', 0, :search, date '2000-01-01') returning id""")
			.param("code", code)
			.param("kind", kind)
			.param("name", name)
			.param("parent", parent)
			.param("search", VietnameseText.fold(name))
			.query(Long.class)
			.single();
	}

	public void close(long unitId) {
		this.jdbc.sql("update org_unit set closed_on = date '2020-01-01' where id = :id").param("id", unitId).update();
	}

	/**
	 * A person's record with only what a test names: {@code position} may be null, the
	 * union unit is none.
	 */
	public static PersonDraft draft(String name, LocalDate birth, Sex sex, String cccd, String position, long work,
			Long party, Long youth) {
		return new PersonDraft(name, birth, sex, cccd, null, null, null, null, null, position, work, party, null, youth,
				null, null, null);
	}

	/** A valid CCCD for this birth date and sex, not used before in this run. */
	public static String cccd(LocalDate birth, Sex sex) {
		return Cccd.compose("001", birth, sex, SERIAL.incrementAndGet()).value();
	}

	public static LocalDate bornYearsAgo(int years) {
		return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusYears(years).minusDays(10);
	}

}
