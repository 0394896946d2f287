package vn.dangvu.membership.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;

/**
 * Party membership demo data (issue 3), written as the membership module writes it:
 * RECORDED baselines for every Party member, admissions and conversions in the last two
 * years, probationary members ending soon (relative to today and to 22/11/2026), members
 * whose conversion window runs, candidates at every step of the admission file, transfers
 * under way. A demo seed of its own (decision 0202, order 500): it writes only membership
 * tables and reads units and people through {@code unit_ref} and {@code person_ref}.
 */
@Component
@Order(500)
final class DemoMembership implements DemoSeed {

	/**
	 * The three fixed people of CB-CAUTREO (as DemoPeople names them) keep a plain
	 * record.
	 */
	static final String[] FIXED_PEOPLE = { "Phan Đình Thắng", "Nguyễn Văn Đức", "Lê Thị Thu Trang" };

	/** The fixed date the demo scenario was written for. */
	static final LocalDate SCENARIO_DAY = LocalDate.of(2026, 11, 22);

	static final String[] STEPS = { "CERTIFICATE", "APPLICATION", "BIOGRAPHY", "INTRODUCERS", "COMMENTS", "VETTING",
			"CELL_RESOLUTION", "COMMITTEE_RESOLUTION", "DECISION", "CEREMONY" };

	private final JdbcTemplate jdbc;

	private final LocalDate today;

	private final List<Object[]> steps = new ArrayList<>();

	@Autowired
	DemoMembership(JdbcTemplate jdbc) {
		this(jdbc, null);
	}

	private DemoMembership(JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	@Override
	public void seed(DemoContext context) {
		// the audit trail of every membership event (Party, youth, union) and transfer
		context.recordHistory("""
				select %s, 'demo', 'CREATE', 'MembershipEvent', e.id::text, e.unit_id, '{}'::jsonb,
				       jsonb_build_object('personId', e.person_id, 'membership', e.membership, 'type', e.event_type,
				           'occurredOn', e.occurred_on::text, 'unitId', e.unit_id, 'documentNumber', e.document_number)
				from membership_event e""".formatted(DemoContext.morningOf("e.occurred_on")));
		context.recordHistory("""
				select %s, 'demo', 'CREATE', 'MembershipTransfer', t.id::text, t.from_cell_id, '{}'::jsonb,
				       jsonb_build_object('personId', t.person_id, 'kind', t.kind)
				from membership_transfer t""".formatted(DemoContext.morningOf("coalesce(t.sent_on, current_date)")));
		new DemoMembership(this.jdbc, context.today()).load(context.ids("unit"));
	}

	private void load(Map<String, Long> unitIds) {
		String fixed = "('" + String.join("', '", FIXED_PEOPLE) + "')";
		// the members of each cell, numbered (the fixed people of CB-CAUTREO keep a plain
		// record)
		this.jdbc.execute("""
				create temporary table demo_member on commit drop as
				select p.id, p.party_unit_id as cell, p.birth_date,
				  row_number() over (partition by p.party_unit_id order by p.id) as rn
				from person_ref p where p.party_unit_id is not null and p.full_name not in %s""".formatted(fixed));
		// rn 3: probation ends within 30 days of today; rn 4: within 30 days of
		// 22/11/2026;
		// rn 5: probation ended 10 days ago, the conversion window runs; rn 6: admitted
		// and
		// converted in 2024-2026; rn 7: admitted in the last six months
		List<Object[]> admitted = this.jdbc.query("""
				select id, cell, rn from demo_member where rn between 3 and 7 order by cell, rn""",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getInt(3) });
		for (Object[] a : admitted) {
			long person = (Long) a[0];
			long cell = (Long) a[1];
			int rn = (Integer) a[2];
			int spread = (int) (person % 20);
			LocalDate ceremony = switch (rn) {
				case 3 -> this.today.minusMonths(12).plusDays(5 + spread);
				case 4 -> SCENARIO_DAY.minusMonths(12).plusDays(3 + spread);
				case 5 -> this.today.minusMonths(12).minusDays(10);
				case 6 -> this.today.minusMonths(15).minusDays(person % 200);
				default -> this.today.minusMonths(2).minusDays(person % 100);
			};
			admit(person, cell, ceremony, rn == 6);
		}
		// everyone else: a baseline with the admission and full-membership dates
		this.jdbc.update("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, details,
				  recorded_by)
				select p.id, 'PARTY', 'RECORDED', a.admitted, p.party_unit_id,
				  jsonb_build_object('admittedOn', a.admitted, 'fullOn', (a.admitted + interval '12 months')::date),
				  'demo'
				from person_ref p cross join lateral (select least(greatest((p.birth_date + interval '19 years')::date,
				    (?::date - make_interval(years => 3 + (p.id % 25)::int, days => (p.id * 37 % 360)::int))::date),
				    (?::date - interval '14 months')::date) as admitted) a
				where p.party_unit_id is not null
				  and not exists (select 1 from membership_event e where e.person_id = p.id)""",
				Date.valueOf(this.today), Date.valueOf(this.today));
		candidates(unitIds);
		transfers(unitIds);
		this.jdbc.batchUpdate("""
				insert into admission_step (admission_id, step, done_on, document_number, votes_for, votes_against,
				  voters_total, introducer_ids, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'demo')""", this.steps);
	}

	/**
	 * An admission file through the ceremony, the ADMITTED event, and the conversion if
	 * due.
	 */
	private void admit(long person, long cell, LocalDate ceremony, boolean converted) {
		LocalDate decision = ceremony.minusDays(14);
		long file = this.jdbc.queryForObject("""
				insert into admission (person_id, cell_id, state, opened_on, created_by)
				values (?, ?, ?, ?, 'demo') returning id""", Long.class, person, cell, converted ? "FULL" : "ADMITTED",
				Date.valueOf(ceremony.minusDays(260)));
		addSteps(file, cell, STEPS.length, ceremony);
		String number = (100 + person % 800) + "-QĐ/ĐU";
		this.jdbc.update("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, document_number,
				  document_date, details, recorded_by)
				values (?, 'PARTY', 'ADMITTED', ?, ?, ?, ?, jsonb_build_object('decisionNumber', ?::text,
				  'decisionDate', ?::text, 'admissionId', ?::bigint), 'demo')""", person, Date.valueOf(ceremony), cell,
				number, Date.valueOf(decision), number, decision.toString(), file);
		LocalDate fullOn = ceremony.plusMonths(12);
		if (converted && !fullOn.isAfter(this.today)) {
			LocalDate resolution = fullOn.plusDays(7);
			LocalDate convDecision = fullOn.plusDays(20);
			this.steps.add(step(file, "CONVERSION_RESOLUTION", resolution, "NQ-CT/" + person, 9, 0, 10));
			this.steps.add(
					step(file, "CONVERSION_DECISION", convDecision, (300 + person % 600) + "-QĐ/ĐU", null, null, null));
			this.jdbc
				.update("""
						insert into membership_event (person_id, membership, event_type, occurred_on, unit_id,
						  document_number, document_date, details, recorded_by)
						values (?, 'PARTY', 'CONVERTED', ?, ?, ?, ?, jsonb_build_object('admissionId', ?::bigint), 'demo')""",
						person, Date.valueOf(fullOn), cell, (300 + person % 600) + "-QĐ/ĐU", Date.valueOf(convDecision),
						file);
		}
	}

	/** Steps 0..done-1 of a file, the last one on {@code last}, two weeks apart. */
	private void addSteps(long file, long cell, int done, LocalDate last) {
		List<Long> introducers = this.jdbc.queryForList("""
				select person_id from membership_event where event_type = 'RECORDED' and unit_id = ?
				order by person_id limit 2""", Long.class, cell);
		for (int j = 0; j < done; j++) {
			LocalDate on = last.minusDays(14L * (done - 1 - j));
			String step = STEPS[j];
			switch (step) {
				case "INTRODUCERS" -> this.steps.add(new Object[] { file, step, Date.valueOf(on), null, null, null,
						null, introducers.isEmpty() ? null : introducers.toArray(Long[]::new) });
				case "CELL_RESOLUTION" -> this.steps.add(step(file, step, on, "NQ-KN/" + file, 9, 1, 10));
				case "COMMITTEE_RESOLUTION" ->
					this.steps.add(step(file, step, on, (20 + file % 70) + "-NQ/ĐU", 6, 0, 7));
				case "DECISION" ->
					this.steps.add(step(file, step, on, (100 + file % 800) + "-QĐ/ĐU", null, null, null));
				case "CERTIFICATE" -> this.steps.add(step(file, step, on, "GCN-" + file, null, null, null));
				default -> this.steps.add(step(file, step, on, null, null, null, null));
			}
		}
	}

	private static Object[] step(long file, String step, LocalDate on, String number, Integer votesFor, Integer against,
			Integer total) {
		return new Object[] { file, step, Date.valueOf(on), number, votesFor, against, total, null };
	}

	/**
	 * Candidates: in CB-CAUTREO one at every step (0 to 9 steps done), in each other cell
	 * one at a step that depends on the cell.
	 */
	private void candidates(Map<String, Long> unitIds) {
		Long cautreo = unitIds.get("CB-CAUTREO");
		List<Object[]> people = this.jdbc.query("""
				select p.id, p.work_unit_id, row_number() over (partition by p.work_unit_id order by p.id)
				from person_ref p join unit_ref u on u.id = p.work_unit_id and u.kind = 'CELL' and u.closed_on is null
				where p.party_unit_id is null and p.birth_date <= ?::date - interval '19 years'
				order by p.work_unit_id, p.id""",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getInt(3) }, Date.valueOf(this.today));
		int cellIndex = 0;
		long lastCell = -1;
		for (Object[] p : people) {
			long person = (Long) p[0];
			long cell = (Long) p[1];
			int rn = (Integer) p[2];
			if (cell != lastCell) {
				cellIndex++;
				lastCell = cell;
			}
			int done;
			if (cautreo != null && cell == cautreo) {
				if (rn > STEPS.length) {
					continue;
				}
				done = rn - 1;
			}
			else {
				if (rn != 1) {
					continue;
				}
				done = cellIndex % STEPS.length;
			}
			// the last done step: a resolution waiting for the decision 40 days ago, a
			// decision
			// waiting for the ceremony 8 days ago, otherwise a week or two ago
			LocalDate last = done == 8 ? this.today.minusDays(40)
					: done == 9 ? this.today.minusDays(8) : this.today.minusDays(7 + person % 10);
			long file = this.jdbc.queryForObject("""
					insert into admission (person_id, cell_id, state, opened_on, created_by)
					values (?, ?, 'OPEN', ?, 'demo') returning id""", Long.class, person, cell,
					Date.valueOf(last.minusDays(14L * done + 7)));
			addSteps(file, cell, done, last);
		}
	}

	/** Transfers under way: into and out of CB-CAUTREO, and a temporary one for study. */
	private void transfers(Map<String, Long> unitIds) {
		Long cautreo = unitIds.get("CB-CAUTREO");
		Long vungang = unitIds.get("CB-VUNGANG");
		Long honglinh = unitIds.get("CB-HONGLINH");
		if (cautreo == null || vungang == null || honglinh == null) {
			return;
		}
		send(member(vungang, 8), vungang, cautreo, null, this.today.minusDays(9), false, null);
		send(member(cautreo, 8), cautreo, honglinh, null, this.today.minusDays(35), false, null);
		send(member(cautreo, 9), cautreo, null, "Đảng bộ Trường Chính trị Trần Phú, tỉnh Hà Tĩnh",
				this.today.minusMonths(2), true, this.today.plusMonths(16));
	}

	private Long member(long cell, int rn) {
		List<Long> ids = this.jdbc.queryForList("select id from demo_member where cell = ? and rn = ?", Long.class,
				cell, rn);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private void send(Long person, long from, Long to, String otherName, LocalDate sent, boolean temporary,
			LocalDate until) {
		if (person == null) {
			return;
		}
		String letter = (10 + person % 80) + "-GGT/ĐU";
		long event = this.jdbc.queryForObject("""
				insert into membership_event (person_id, membership, event_type, occurred_on, unit_id, other_unit_id,
				  other_unit_name, document_number, document_date, details, recorded_by)
				values (?, 'PARTY', ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'demo') returning id""", Long.class, person,
				temporary ? "TEMPORARY_OUT" : "TRANSFER_OUT", Date.valueOf(sent), from, to, otherName, letter,
				Date.valueOf(sent), temporary ? "{\"purpose\":\"STUDY\",\"plannedUntil\":\"" + until + "\"}" : "{}");
		this.jdbc.update("""
				insert into membership_transfer (person_id, kind, purpose, from_cell_id, to_cell_id, other_unit_name,
				  letter_number, letter_date, moved_on, sent_on, planned_until, state, out_event_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, 'demo')""", person,
				temporary ? "TEMPORARY" : "PERMANENT", temporary ? "STUDY" : null, from, to, otherName, letter,
				Date.valueOf(sent), Date.valueOf(sent.minusDays(10)), Date.valueOf(sent),
				until == null ? null : Date.valueOf(until), event);
	}

}
