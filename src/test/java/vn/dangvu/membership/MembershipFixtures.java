package vn.dangvu.membership;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.JsonRequests;

/**
 * Party cells with their people for admission and transfer tests, made as in real use:
 * people through the people API, long-standing members recorded in the Party log.
 */
public final class MembershipFixtures {

	private final MockMvc mvc;

	private final PeopleFixtures units;

	private final MassFixtures mass;

	public MembershipFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.units = new PeopleFixtures(jdbc);
		this.mass = new MassFixtures(jdbc);
	}

	/**
	 * A fresh cell with two members of long standing (full since 2011, who may introduce)
	 * and a candidate (born 02/04/1996) who works there.
	 */
	public record AdmissionCell(PeopleFixtures.Tree tree, long introducerA, long introducerB, long candidate) {

		public long cell() {
			return this.tree.cell();
		}

		public Caller secretary() {
			return TestCallers.secretaryOf(this.tree.cell());
		}

		/** The body that opens the candidate's file in the cell on this day. */
		public String openingOn(String day) {
			return "{\"personId\":%d,\"cellId\":%d,\"openedOn\":\"%s\"}".formatted(this.candidate, cell(), day);
		}

	}

	/** Party, Youth Union and trade-union records read and written directly. */
	public MassFixtures mass() {
		return this.mass;
	}

	public AdmissionCell admissionCell(String label, String introducerA, String introducerB, String candidate)
			throws Exception {
		PeopleFixtures.Tree tree = this.units.tree(label);
		long a = person(introducerA, LocalDate.of(1975, 1, 1), tree.cell(), tree.cell());
		long b = person(introducerB, LocalDate.of(1980, 1, 1), tree.cell(), tree.cell());
		for (long p : new long[] { a, b }) {
			this.mass.recorded(p, tree.cell(), "2010-05-19", "2010-05-19", "2011-05-19");
		}
		return new AdmissionCell(tree, a, b, person(candidate, LocalDate.of(1996, 4, 2), tree.cell(), null));
	}

	/**
	 * Three fresh trees and a full member of the first one's cell (working in its
	 * committee, outside every cell) for transfers from {@code from} to {@code to};
	 * {@code third} is a cell that has nothing to do with it.
	 */
	public record TransferCells(PeopleFixtures.Tree from, PeopleFixtures.Tree to, PeopleFixtures.Tree third,
			long member) {
	}

	public TransferCells transferCells(String label) {
		PeopleFixtures.Tree from = this.units.tree(label + " nơi đi");
		return new TransferCells(from, this.units.tree(label + " nơi đến"), this.units.tree(label + " chi bộ khác"),
				this.mass.partyMember("Đặng Văn Chuyển", LocalDate.of(1978, 6, 9), from.root(), from.cell()));
	}

	/**
	 * A man with an upper-secondary education, created through the API by the
	 * administrator.
	 */
	public long person(String name, LocalDate birth, long workUnit, Long partyUnit) throws Exception {
		String body = """
				{"fullName":"%s","birthDate":"%s","sex":"MALE","cccd":"%s","generalEducation":"GRADE_12_12",
				 "workUnitId":%d%s}""".formatted(name, birth, PeopleFixtures.cccd(birth, Sex.MALE), workUnit,
				partyUnit == null ? "" : ",\"partyUnitId\":" + partyUnit);
		return JsonRequests
			.createdId(this.mvc.perform(JsonRequests.postJson(TestCallers.admin(), "/api/v1/people", body)));
	}

	/** A file opened for the candidate by the cell's secretary on 02/01/2024. */
	public long open(AdmissionCell cell) throws Exception {
		return JsonRequests.createdId(this.mvc
			.perform(JsonRequests.postJson(cell.secretary(), "/api/v1/admissions", cell.openingOn("2024-01-02"))));
	}

}
