package vn.dangvu.directive.study;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.StudyItem;
import vn.dangvu.directive.StudyProgress;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

/**
 * Study of directives by members (decision 0123): a directive assigned to a cell is to be
 * read and studied by the cell's Party members; each marks "đã đọc" then "đã học tập".
 */
@Service
@RequiredArgsConstructor
public class Study {

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	private final DocumentQueries documents;

	private final Clock clock;

	private long cellOf(Caller caller) {
		if (caller.personId() == null) {
			throw new NotPermittedException("directive.study.noPerson");
		}
		long unit = this.visibility.of(caller).memberUnitId();
		if (unit < 0) {
			throw new NotPermittedException("directive.study.noCell");
		}
		return unit;
	}

	@Transactional(readOnly = true)
	public List<StudyItem> forMember(Caller caller) {
		if (caller.personId() == null) {
			return List.of();
		}
		long cell = this.visibility.of(caller).memberUnitId();
		return this.jdbc.sql("""
				select d.id, d.citation, d.summary, d.issue_date, a.assigned_on, s.read_at, s.studied_at
				from directive_assignment a join directive_document d on d.id = a.document_id
				left join directive_study s on s.document_id = d.id and s.person_id = :person
				where a.unit_id = :cell order by a.assigned_on desc, d.id desc""")
			.param("person", caller.personId())
			.param("cell", cell)
			.query((rs, n) -> new StudyItem(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), instant(rs.getTimestamp(6)),
					instant(rs.getTimestamp(7))))
			.list();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	/** Marks the caller's own reading ({@code studied} false) or study of a directive. */
	@Transactional
	public StudyItem mark(long documentId, boolean studied, Caller caller) {
		long cell = cellOf(caller);
		boolean assigned = this.jdbc
			.sql("select count(*) from directive_assignment where document_id = :d and unit_id = :u")
			.param("d", documentId)
			.param("u", cell)
			.query(Integer.class)
			.single() > 0;
		if (!assigned) {
			throw NotFoundException.of("directive", documentId);
		}
		Instant now = Instant.now();
		Instant readAt = this.jdbc.sql("select read_at from directive_study where document_id = :d and person_id = :p")
			.param("d", documentId)
			.param("p", caller.personId())
			.query((rs, n) -> instant(rs.getTimestamp(1)))
			.optional()
			.orElse(null);
		if (studied && readAt == null) {
			throw RuleViolationException.onField("studied", "directive.study.readFirst");
		}
		this.jdbc
			.sql("""
					insert into directive_study (document_id, person_id, read_at, studied_at) values (:d, :p, :now, null)
					on conflict (document_id, person_id) do update set
					  read_at = coalesce(directive_study.read_at, :now),
					  studied_at = case when :studied then coalesce(directive_study.studied_at, :now) else directive_study.studied_at end""")
			.param("d", documentId)
			.param("p", caller.personId())
			.param("now", Timestamp.from(now))
			.param("studied", studied)
			.update();
		this.events.publishEvent(RecordChanged.updated("DirectiveStudy", documentId + "/" + caller.personId(),
				studied ? "STUDIED" : "READ", cell, Map.of(), Map.of("person", caller.personId())));
		return forMember(caller).stream()
			.filter((i) -> i.documentId() == documentId)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("directive", documentId));
	}

	/**
	 * Marks the caller's own reading of a document the caller sees, assigned to the cell
	 * or not (a document to read before a meeting, decision 0228). Idempotent: the first
	 * time is kept and only the first mark is audited, also when two arrive at once (the
	 * second finds the row already read and changes nothing).
	 * @return when the caller first read it
	 */
	@Transactional
	public Instant markRead(long documentId, Caller caller) {
		if (caller.personId() == null) {
			throw new NotPermittedException("directive.study.noPerson");
		}
		this.documents.requireVisible(documentId, caller);
		int marked = this.jdbc.sql("""
				insert into directive_study (document_id, person_id, read_at) values (:d, :p, :now)
				on conflict (document_id, person_id) do update set read_at = excluded.read_at
				where directive_study.read_at is null""")
			.param("d", documentId)
			.param("p", caller.personId())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (marked > 0) {
			long cell = this.visibility.of(caller).memberUnitId();
			this.events.publishEvent(RecordChanged.updated("DirectiveStudy", documentId + "/" + caller.personId(),
					"READ", (cell < 0) ? null : cell, Map.of(), Map.of("person", caller.personId())));
		}
		return readMarks(List.of(documentId), caller).get(documentId);
	}

	/**
	 * When the caller read each of these documents, by document id; a document not read
	 * is absent. Only the caller's own marks.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Instant> readMarks(Collection<Long> documentIds, Caller caller) {
		if (caller.personId() == null || documentIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Instant> marks = new HashMap<>();
		this.jdbc.sql("""
				select document_id, read_at from directive_study
				where person_id = :p and document_id in (:ids) and read_at is not null""")
			.param("p", caller.personId())
			.param("ids", List.copyOf(documentIds))
			.query((ResultSet rs) -> {
				marks.put(rs.getLong(1), instant(rs.getTimestamp(2)));
			});
		return marks;
	}

	/** Progress per assigned cell in the caller's scope. */
	@Transactional(readOnly = true)
	public List<StudyProgress> progress(long documentId, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		record Line(long unitId, String unitName, Long personId, String fullName, Instant readAt, Instant studiedAt) {
		}
		List<Line> lines = view.bindUnit(this.jdbc.sql("""
				select u.id, u.name, p.id, p.full_name, s.read_at, s.studied_at
				from directive_assignment a join unit_ref u on u.id = a.unit_id
				left join person_ref p on p.party_unit_id = u.id
				left join directive_study s on s.document_id = a.document_id and s.person_id = p.id
				where a.document_id = :doc and u.kind = 'CELL' and %s
				order by u.path, p.sort_key, p.id limit 5000""".formatted(Visibility.UNIT)))
			.param("doc", documentId)
			.query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
					instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
			.list();
		Map<Long, List<Line>> byUnit = new LinkedHashMap<>();
		for (Line l : lines) {
			byUnit.computeIfAbsent(l.unitId(), (k) -> new ArrayList<>()).add(l);
		}
		List<StudyProgress> result = new ArrayList<>();
		byUnit.forEach((unitId, ls) -> {
			List<StudyProgress.Reader> people = ls.stream()
				.filter((l) -> l.personId() != null)
				.map((l) -> new StudyProgress.Reader(l.personId(), l.fullName(), l.readAt(), l.studiedAt()))
				.toList();
			int read = (int) people.stream().filter((p) -> p.readAt() != null).count();
			int studied = (int) people.stream().filter((p) -> p.studiedAt() != null).count();
			result.add(new StudyProgress(unitId, ls.get(0).unitName(), people.size(), read, studied, people));
		});
		return result;
	}

}
