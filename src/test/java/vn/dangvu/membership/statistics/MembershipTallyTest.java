package vn.dangvu.membership.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.membership.OnAFreshTree;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;

/**
 * The statistics tally (V546, decision 0280) against the log it counts, on the real
 * database: every counted kind of event, events that are not counted, a statement of
 * several events, a correction and a second correction of the same event, a unit moved to
 * another committee; then the report's drill-down rows, period bounds and scope.
 */
@IntegrationTest
class MembershipTallyTest extends OnAFreshTree {

	@Autowired
	PlatformTransactionManager transactions;

	MembershipTallyTest() {
		super("Thống kê");
	}

	long event(long person, String membership, String type, String on, long unit) {
		return this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, recorded_by)
				values (:p, :m, :t, cast(:on as date), :u, 'test') returning id""")
			.param("p", person)
			.param("m", membership)
			.param("t", type)
			.param("on", on)
			.param("u", unit)
			.query(Long.class)
			.single();
	}

	void correct(long person, long eventId) {
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, corrects_id,
				  recorded_by)
				select person_id, membership, 'CORRECTED', occurred_on, unit_id, id, 'test' from membership_event
				where id = :id""").param("id", eventId).update();
	}

	long person(String name, long cell) {
		return this.fixtures.person(name, LocalDate.of(1990, 1, 1), cell, cell, null, null);
	}

	static List<Long> units(MassFixtures.Tree... trees) {
		List<Long> ids = new ArrayList<>();
		for (MassFixtures.Tree t : trees) {
			ids.addAll(List.of(t.root(), t.cell(), t.otherCell(), t.union(), t.unionBranch(), t.youth(),
					t.youthBranch(), t.otherYouthBranch()));
		}
		return ids;
	}

	/**
	 * The rows of the tally that differ from the log's aggregate, both ways, for these
	 * units.
	 */
	long drift(List<Long> units) {
		String log = """
				select a.ids[i] as unit_id, e.occurred_on as day, a.ids[least(i + 1, cardinality(a.ids))] as via_id,
				  count(*) filter (where e.event_type = 'ADMITTED') as admitted,
				  count(*) filter (where e.event_type = 'CONVERTED') as converted,
				  count(*) filter (where e.event_type = 'TRANSFER_IN') as transferred_in,
				  count(*) filter (where e.event_type = 'TRANSFER_OUT') as transferred_out,
				  count(*) filter (where e.event_type = 'STRUCK_OFF') as struck_off,
				  count(*) filter (where e.event_type = 'EXPELLED') as expelled,
				  count(*) filter (where e.event_type = 'MATURED') as youth_matured
				from membership_event e join unit_ref u on u.id = e.unit_id
				cross join lateral (select string_to_array(trim(both '/' from u.path), '/')::bigint[] as ids) a
				cross join lateral generate_subscripts(a.ids, 1) i
				where ((e.membership = 'PARTY' and e.event_type in ('ADMITTED', 'CONVERTED', 'TRANSFER_IN',
				    'TRANSFER_OUT', 'STRUCK_OFF', 'EXPELLED')) or (e.membership = 'YOUTH' and e.event_type = 'MATURED'))
				  and not exists (select 1 from membership_event c where c.corrects_id = e.id)
				  and a.ids[i] = any(:units)
				group by 1, 2, 3""";
		String tally = """
				select unit_id, day, via_id, admitted::bigint, converted::bigint, transferred_in::bigint,
				  transferred_out::bigint, struck_off::bigint, expelled::bigint, youth_matured::bigint
				from membership_tally where unit_id = any(:units)
				  and (admitted, converted, transferred_in, transferred_out, struck_off, expelled, youth_matured)
				    <> (0, 0, 0, 0, 0, 0, 0)""";
		Long[] ids = units.toArray(Long[]::new);
		long missing = this.jdbc.sql("select count(*) from (" + log + " except " + tally + ") d")
			.param("units", ids)
			.query(Long.class)
			.single();
		long extra = this.jdbc.sql("select count(*) from (" + tally + " except " + log + ") d")
			.param("units", ids)
			.query(Long.class)
			.single();
		return missing + extra;
	}

	long tallied(long unit, String column) {
		return this.jdbc.sql("select coalesce(sum(" + column + "), 0) from membership_tally where unit_id = :u")
			.param("u", unit)
			.query(Long.class)
			.single();
	}

	@Test
	void theTallyIsTheLogAggregateAfterEveryKindOfEventCorrectionsAndAMove() throws Exception {
		MassFixtures.Tree other = this.fixtures.tree("Thống kê khác");
		long a = person("Nguyễn Văn An", this.tree.cell());
		long b = person("Trần Thị Bình", this.tree.cell());
		long c = person("Lê Văn Chung", other.cell());
		long admitted = event(a, "PARTY", "ADMITTED", "2025-03-01", this.tree.cell());
		event(a, "PARTY", "CONVERTED", "2026-03-01", this.tree.cell());
		event(b, "PARTY", "RECORDED", "2015-01-01", this.tree.cell());
		event(b, "PARTY", "TRANSFER_OUT", "2025-05-05", this.tree.cell());
		event(b, "PARTY", "TRANSFER_IN", "2025-05-05", this.tree.otherCell());
		event(b, "PARTY", "STRUCK_OFF", "2025-06-30", this.tree.otherCell());
		event(b, "PARTY", "EXPELLED", "2025-07-01", this.tree.root());
		event(b, "YOUTH", "JOINED", "2010-01-01", this.tree.youthBranch());
		event(b, "YOUTH", "MATURED", "2025-08-01", this.tree.youthBranch());
		event(b, "UNION", "JOINED", "2025-08-01", this.tree.unionBranch());
		// one statement of several events
		this.jdbc.sql("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, recorded_by)
				select :p, 'PARTY', 'ADMITTED', date '2025-04-01' + g, :u, 'test' from generate_series(0, 2) g""")
			.param("p", c)
			.param("u", other.cell())
			.update();
		assertThat(drift(units(this.tree, other))).isZero();
		assertThat(tallied(this.tree.root(), "admitted")).isEqualTo(1);
		assertThat(tallied(this.tree.root(), "expelled")).isEqualTo(1);
		assertThat(tallied(this.tree.youth(), "youth_matured")).isEqualTo(1);

		correct(a, admitted);
		assertThat(tallied(this.tree.root(), "admitted")).isZero();
		correct(a, admitted);
		assertThat(tallied(this.tree.root(), "admitted")).isZero();
		assertThat(tallied(this.tree.cell(), "admitted")).isZero();
		assertThat(drift(units(this.tree, other))).isZero();

		// the other committee's cell joins this committee: its three admissions follow it
		// (the
		// fixture's units are rows without a history, which a move requires)
		this.jdbc.sql("""
				insert into org_unit_history (unit_id, change, valid_from, name, parent_id, recorded_by)
				select id, 'ESTABLISHED', date '2000-01-01', name, parent_id, 'test' from org_unit where id = :u""")
			.param("u", other.cell())
			.update();
		this.mvc
			.perform(postJson(TestCallers.admin(), "/api/v1/units/" + other.cell() + "/move",
					"{\"parentId\":%d,\"effectiveDate\":\"2025-09-01\"}".formatted(this.tree.root())))
			.andExpect(status().isOk());
		assertThat(tallied(this.tree.root(), "admitted")).isEqualTo(3);
		assertThat(tallied(other.root(), "admitted")).isZero();
		assertThat(tallied(other.cell(), "admitted")).isEqualTo(3);
		assertThat(drift(units(this.tree, other))).isZero();
		// an event recorded after the move counts under the new committee
		event(c, "PARTY", "STRUCK_OFF", "2025-10-01", other.cell());
		assertThat(tallied(this.tree.root(), "struck_off")).isEqualTo(2);
		assertThat(drift(units(this.tree, other))).isZero();
	}

	/** The fixture's units are rows without a history, which a move requires. */
	void withHistory(long unit) {
		this.jdbc.sql("""
				insert into org_unit_history (unit_id, change, valid_from, name, parent_id, recorded_by)
				select id, 'ESTABLISHED', date '2000-01-01', name, parent_id, 'test' from org_unit where id = :u""")
			.param("u", unit)
			.update();
	}

	@Test
	void aMoveWaitsForAnEventBeingWrittenUnderTheOldPathAndCarriesIt() throws Exception {
		// the committee moves under a bloc while an event of one of its cells is being
		// written
		// (an event of the moved unit itself already holds a key lock on its row, which
		// the move
		// waits for; a cell below it does not)
		MassFixtures.Tree other = this.fixtures.tree("Thống kê đồng thời");
		long bloc = new PeopleFixtures(this.jdbc).unit("MTB-" + other.root(), "BLOC_COMMITTEE", null,
				"Đảng bộ khối thống kê");
		long a = person("Vũ Văn Đồng", other.cell());
		withHistory(other.root());
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> writer = threads
				.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((t) -> {
					event(a, "PARTY", "ADMITTED", "2025-03-03", other.cell());
					written.countDown();
					try {
						release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}));
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			Future<MvcResult> move = threads.submit(
					() -> this.mvc
						.perform(postJson(TestCallers.admin(), "/api/v1/units/" + other.root() + "/move",
								"{\"parentId\":%d,\"effectiveDate\":\"2025-09-01\"}".formatted(bloc)))
						.andReturn());
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!move.isDone() && waitingForTheTally() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(move.isDone()).as("the move waits for the writer of the event").isFalse();
			assertThat(waitingForTheTally()).isEqualTo(1);
			release.countDown();
			writer.get(30, TimeUnit.SECONDS);
			assertThat(move.get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
		assertThat(tallied(bloc, "admitted")).isEqualTo(1);
		assertThat(tallied(other.root(), "admitted")).isEqualTo(1);
		List<Long> units = units(other);
		units.add(bloc);
		assertThat(drift(units)).isZero();
	}

	/** Transactions waiting for the tally's advisory lock (V546). */
	long waitingForTheTally() {
		return this.jdbc.sql("""
				select count(*) from pg_locks where locktype = 'advisory' and not granted
				  and classid = cast(hashtext('membership_tally') as oid) and objid = 0""").query(Long.class).single();
	}

	ResultActions report(Caller caller, Long unit, String from, String to) throws Exception {
		String url = "/api/v1/statistics/membership?from=" + from + "&to=" + to
				+ ((unit == null) ? "" : "&unit=" + unit);
		return this.mvc.perform(get(url).with(TestCallers.as(caller)));
	}

	@Test
	void theReportShowsTheChildrenOfTheUnitWithinThePeriodAndDrillsDown() throws Exception {
		long a = person("Phạm Văn Đông", this.tree.cell());
		event(a, "PARTY", "ADMITTED", "2024-12-31", this.tree.cell());
		event(a, "PARTY", "ADMITTED", "2025-01-01", this.tree.cell());
		event(a, "PARTY", "ADMITTED", "2025-12-31", this.tree.cell());
		event(a, "PARTY", "CONVERTED", "2026-01-01", this.tree.cell());
		event(a, "PARTY", "STRUCK_OFF", "2025-06-01", this.tree.otherCell());
		event(a, "PARTY", "EXPELLED", "2025-02-02", this.tree.root());
		Caller office = TestCallers.officeOf(this.tree.root());
		// the committee: itself (events recorded there), then its cells, each a
		// drill-down
		report(office, this.tree.root(), "2025-01-01", "2025-12-31").andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(3))
			.andExpect(jsonPath("$.rows[0].unitId").value(this.tree.root()))
			.andExpect(jsonPath("$.rows[0].atUnit").value(true))
			.andExpect(jsonPath("$.rows[0].expelled").value(1))
			.andExpect(jsonPath("$.rows[?(@.unitId == %d)].admitted".formatted(this.tree.cell())).value(2))
			.andExpect(jsonPath("$.rows[?(@.unitId == %d)].atUnit".formatted(this.tree.cell())).value(false))
			.andExpect(jsonPath("$.rows[?(@.unitId == %d)].struckOff".formatted(this.tree.otherCell())).value(1))
			.andExpect(jsonPath("$.total.admitted").value(2))
			.andExpect(jsonPath("$.total.converted").value(0))
			.andExpect(jsonPath("$.total.struckOff").value(1))
			.andExpect(jsonPath("$.total.expelled").value(1))
			.andExpect(jsonPath("$.trail.length()").value(1))
			.andExpect(jsonPath("$.trail[0].unitId").value(this.tree.root()));
		// the bounds are inclusive on both sides
		report(office, this.tree.root(), "2024-12-31", "2026-01-01").andExpect(jsonPath("$.total.admitted").value(3))
			.andExpect(jsonPath("$.total.converted").value(1));
		report(office, this.tree.root(), "2025-01-02", "2025-12-30").andExpect(jsonPath("$.total.admitted").value(0));
		// a cell: one row, its own events
		report(office, this.tree.cell(), "2025-01-01", "2025-12-31").andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].atUnit").value(true))
			.andExpect(jsonPath("$.rows[0].admitted").value(2))
			.andExpect(jsonPath("$.trail[0].unitId").value(this.tree.root()))
			.andExpect(jsonPath("$.trail[1].unitId").value(this.tree.cell()));
		// without a unit: the roots of the caller's scope (for the office its committee)
		report(office, null, "2025-01-01", "2025-12-31").andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].unitId").value(this.tree.root()))
			.andExpect(jsonPath("$.rows[0].atUnit").value(false))
			.andExpect(jsonPath("$.rows[0].admitted").value(2))
			.andExpect(jsonPath("$.rows[0].expelled").value(1));
		// the whole tree: the top-level units, this committee among them with its
		// subtree's total
		report(TestCallers.admin(), null, "2025-01-01", "2025-12-31").andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.unitId == %d)].admitted".formatted(this.tree.root())).value(2))
			.andExpect(jsonPath("$.rows[?(@.unitId == %d)]".formatted(this.tree.cell())).isEmpty());
		// a cell's secretary: the cell only; the committee and the other cell are not
		// found
		Caller secretary = this.tree.secretary();
		report(secretary, this.tree.cell(), "2025-01-01", "2025-12-31").andExpect(status().isOk())
			.andExpect(jsonPath("$.trail.length()").value(1))
			.andExpect(jsonPath("$.total.admitted").value(2));
		report(secretary, this.tree.root(), "2025-01-01", "2025-12-31").andExpect(status().isNotFound());
		report(secretary, this.tree.otherCell(), "2025-01-01", "2025-12-31").andExpect(status().isNotFound());
		MassFixtures.Tree another = this.fixtures.tree("Thống kê ngoài");
		report(TestCallers.officeOf(another.root()), this.tree.root(), "2025-01-01", "2025-12-31")
			.andExpect(status().isNotFound());
		// the page links each child to its own figures and shows the way back up
		this.mvc
			.perform(get("/membership/statistics?unit=" + this.tree.root() + "&from=01/01/2025&to=31/12/2025")
				.with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"/membership/statistics?unit=" + this.tree.cell() + "&amp;from=01/01/2025&amp;to=31/12/2025")))
			.andExpect(content().string(containsString("id=\"statistics-trail\"")));
	}

}
