package vn.dangvu.membership.admission;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.admission.AdmissionFile.StepRecord;
import vn.dangvu.membership.admission.AdmissionFile.WithdrawnStep;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.RulesApi;

/**
 * What the admission pages, the API and the reminders read of admission files: one file
 * with its steps and the deadline of its next step, a page of files, a stored document.
 */
@Service
@RequiredArgsConstructor
public class AdmissionQueries {

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final RulesApi rules;

	/** A file the caller may see. */
	@Transactional(readOnly = true)
	public AdmissionFile load(Caller caller, long id) {
		UnitScope scope = this.scopes.of(caller);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("id", id);
		AdmissionFile head = this.jdbc.sql("""
				select a.id, a.person_id, p.full_name, p.birth_date, a.cell_id, u.name, a.state, a.opened_on,
				  a.closed_on, a.closed_reason
				from admission a join unit_ref u on u.id = a.cell_id join person_ref p on p.id = a.person_id
				where a.id = :id and """ + UnitScope.condition("u"))
			.params(params)
			.query((rs, n) -> new AdmissionFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6), rs.getString(7),
					rs.getObject(8, LocalDate.class), List.of(), null, rs.getObject(9, LocalDate.class),
					rs.getString(10), List.of()))
			.optional()
			.orElseThrow(() -> NotFoundException.of("admission", id));
		List<StepRecord> steps = this.jdbc.sql("""
				select s.id, s.step, s.done_on, s.document_number, s.votes_for, s.votes_against, s.voters_total,
				  s.introducer_ids, s.youth_resolution, s.card_number, s.exception_approver, s.exception_document,
				  s.note, s.document_id, d.file_name, s.recorded_by
				from admission_step s left join membership_document d on d.id = s.document_id
				where s.admission_id = :id and s.withdrawn_at is null order by s.id""")
			.param("id", id)
			.query(AdmissionQueries::step)
			.list();
		List<WithdrawnStep> withdrawn = this.jdbc.sql("""
				select id, step, done_on, document_number, withdrawn_at, withdrawn_by, withdrawn_reason
				from admission_step where admission_id = :id and withdrawn_at is not null order by withdrawn_at""")
			.param("id", id)
			.query((rs, n) -> new WithdrawnStep(rs.getLong(1), AdmissionStep.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime(),
					rs.getString(6), rs.getString(7)))
			.list();
		AdmissionFile file = new AdmissionFile(head.id(), head.personId(), head.personName(), head.birthDate(),
				head.cellId(), head.cellName(), head.state(), head.openedOn(), steps, null, head.closedOn(),
				head.closedReason(), withdrawn);
		return new AdmissionFile(file.id(), file.personId(), file.personName(), file.birthDate(), file.cellId(),
				file.cellName(), file.state(), file.openedOn(), steps, dueOn(file).orElse(null), file.closedOn(),
				file.closedReason(), withdrawn);
	}

	/** One row of a list of files. */
	public record AdmissionRow(long id, long personId, String personName, long cellId, String cellName, String state,
			AdmissionStep lastStep, LocalDate lastDate, AdmissionStep nextStep) {

	}

	/**
	 * Files in the caller's scope (optionally of one unit's subtree and state), newest
	 * first; without a state, closed files are left out.
	 */
	@Transactional(readOnly = true)
	public Page<AdmissionRow> list(Caller caller, Long unitId, String state, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(caller, unitId, state, params);
		long total = this.jdbc
			.sql("select count(*) from admission a join unit_ref u on u.id = a.cell_id where " + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows(where, params, (long) page * size, size), PageRequest.of(page, size), total);
	}

	/**
	 * The caller's open files page by page, newest first, as {@link #list} gives them for
	 * state {@code OPEN}, without counting them: for the reminders, which go through
	 * every page (one statement a page, one row more to know whether another follows).
	 */
	@Transactional(readOnly = true)
	public Slice<AdmissionRow> open(Caller caller, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(caller, null, "OPEN", params);
		List<AdmissionRow> rows = rows(where, params, (long) page * size, size + 1);
		boolean more = rows.size() > size;
		return new SliceImpl<>(more ? rows.subList(0, size) : rows, PageRequest.of(page, size), more);
	}

	/** The condition of a list, its parameters put in {@code params}. */
	private String where(Caller caller, Long unitId, String state, Map<String, Object> params) {
		UnitScope scope = this.scopes.of(caller);
		params.putAll(scope.params());
		StringBuilder where = new StringBuilder(UnitScope.condition("u"));
		if (unitId != null) {
			where.append(" and u.path like (select path from unit_ref where id = :unit) || '%'");
			params.put("unit", unitId);
		}
		if (state != null) {
			where.append(" and a.state = :state");
			params.put("state", state);
		}
		else {
			where.append(" and a.state <> 'CLOSED'");
		}
		return where.toString();
	}

	/** At most {@code limit} files of a list from the {@code offset}-th, newest first. */
	private List<AdmissionRow> rows(String where, Map<String, Object> params, long offset, int limit) {
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc.sql("""
				select a.id, a.person_id, p.full_name, a.cell_id, u.name, a.state, s.step, s.done_on
				from admission a join unit_ref u on u.id = a.cell_id join person_ref p on p.id = a.person_id
				  left join lateral (select step, done_on from admission_step where admission_id = a.id
				    and withdrawn_at is null order by id desc limit 1) s on true
				where %s order by a.id desc limit :limit offset :offset""".formatted(where))
			.params(params)
			.query((rs, n) -> {
				AdmissionStep last = AdmissionStep.parse(rs.getString(7)).orElse(null);
				String st = rs.getString(6);
				AdmissionStep next = "CLOSED".equals(st) ? null
						: last == null ? AdmissionStep.CERTIFICATE : last.next().orElse(null);
				return new AdmissionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
						st, last, rs.getObject(8, LocalDate.class), next);
			})
			.list();
	}

	/**
	 * The deadline of the next step of each listed file (as {@link #load} answers it in
	 * {@code dueOn}), by file id; files without one are absent. The rows come from
	 * {@link #list}, so they are already in the caller's scope; their steps are read in
	 * one statement.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> dueOn(List<AdmissionRow> rows) {
		Map<Long, LocalDate> out = new HashMap<>();
		if (rows.isEmpty()) {
			return out;
		}
		Map<Long, List<StepRecord>> steps = new HashMap<>();
		this.jdbc.sql("""
				select s.id, s.step, s.done_on, s.document_number, s.votes_for, s.votes_against, s.voters_total,
				  s.introducer_ids, s.youth_resolution, s.card_number, s.exception_approver, s.exception_document,
				  s.note, s.document_id, d.file_name, s.recorded_by, s.admission_id
				from admission_step s left join membership_document d on d.id = s.document_id
				where s.admission_id = any(:ids) and s.withdrawn_at is null order by s.id""")
			.param("ids", rows.stream().map(AdmissionRow::id).toArray(Long[]::new))
			.query((rs) -> {
				steps.computeIfAbsent(rs.getLong(17), (k) -> new ArrayList<>()).add(step(rs, 0));
			});
		for (AdmissionRow r : rows) {
			AdmissionFile file = new AdmissionFile(r.id(), r.personId(), r.personName(), null, r.cellId(), r.cellName(),
					r.state(), null, steps.getOrDefault(r.id(), List.of()), null, null, null, List.of());
			dueOn(file).ifPresent((d) -> out.put(r.id(), d));
		}
		return out;
	}

	/** The deadline of the file's next step, when the rules set one. */
	public Optional<LocalDate> dueOn(AdmissionFile file) {
		Optional<AdmissionStep> next = file.nextStep();
		if (next.isEmpty()) {
			return Optional.empty();
		}
		return switch (next.get()) {
			case DECISION -> file.find(AdmissionStep.CELL_RESOLUTION)
				.map((s) -> DecisionDeadlinePolicy.deadline(s.doneOn(),
						rule("membership.admission.decision-deadline-working-days", s.doneOn()),
						this.rules::addWorkingDays));
			case CEREMONY -> file.find(AdmissionStep.DECISION)
				.map((s) -> CeremonyDeadlinePolicy.deadline(s.doneOn(),
						rule("membership.admission.ceremony-deadline-working-days", s.doneOn()),
						this.rules::addWorkingDays));
			case CONVERSION_RESOLUTION, CONVERSION_DECISION -> file.find(AdmissionStep.CEREMONY).map((s) -> {
				LocalDate end = ProbationPolicy.end(s.doneOn(), rule("membership.probation.months", s.doneOn()));
				return ProbationPolicy.conversionDeadline(end, rule("membership.conversion.deadline-working-days", end),
						this.rules::addWorkingDays);
			});
			default -> Optional.empty();
		};
	}

	/** A stored scan or PDF of a step of a file the caller may see. */
	public record StoredDocument(String fileName, String contentType, byte[] bytes) {

	}

	@Transactional(readOnly = true)
	public StoredDocument document(Caller caller, long admissionId, long documentId) {
		AdmissionFile file = load(caller, admissionId);
		boolean belongs = file.steps().stream().anyMatch((s) -> Long.valueOf(documentId).equals(s.documentId()));
		if (!belongs) {
			throw NotFoundException.of("document", documentId);
		}
		return this.jdbc.sql("select file_name, content_type, bytes from membership_document where id = :id")
			.param("id", documentId)
			.query((rs, n) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.single();
	}

	RuleValue rule(String key, LocalDate on) {
		return this.rules.valueOn(key, on);
	}

	private static StepRecord step(ResultSet rs, int n) throws SQLException {
		Array arr = rs.getArray(8);
		List<Long> intro = arr == null ? List.of()
				: Arrays.stream((Object[]) arr.getArray()).map((o) -> ((Number) o).longValue()).toList();
		return new StepRecord(rs.getLong(1), AdmissionStep.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
				rs.getString(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
				rs.getObject(7, Integer.class), intro, rs.getBoolean(9), rs.getString(10), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getObject(14, Long.class), rs.getString(15), rs.getString(16));
	}

}
