package vn.dangvu.programme.plan;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ProgrammeAmendment;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeInput;
import vn.dangvu.programme.access.ProgrammeReferences;

/**
 * The amendments of adopted programmes (decision 0270): every change of an adopted
 * programme is recorded with its reason, the document or meeting that decided it, and the
 * whole structure as it was before, in the transaction of the change. A draft changes
 * freely.
 */
@Component
@RequiredArgsConstructor
public class Amendments {

	/**
	 * The structure of a programme as JSON: the snapshot an amendment keeps. An activity
	 * given to more units than a hand-picked list holds keeps their count only (decision
	 * 0273), so that amending a programme cascaded to thousands of units stays small.
	 */
	static final String SNAPSHOT = """
			select jsonb_build_object('title', p.title, 'periodKind', p.period_kind, 'startsOn', p.starts_on,
			  'endsOn', p.ends_on, 'rollUp', p.roll_up, 'resolutionDocumentId', p.resolution_document_id,
			  'version', p.version,
			  'areas', coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'position', a.position, 'title', a.title,
			    'tasks', coalesce((select jsonb_agg(jsonb_build_object('id', t.id, 'code', t.code, 'title', t.title,
			      'weight', t.weight, 'parentTaskId', t.parent_task_id,
			      'indicators', coalesce((select jsonb_agg(jsonb_build_object('id', i.id, 'name', i.name, 'kind', i.kind,
			        'target', i.target, 'unitLabel', i.unit_label) order by i.position)
			        from programme_indicator i where i.task_id = t.id), '[]'::jsonb),
			      'activities', coalesce((select jsonb_agg(jsonb_build_object('id', v.id, 'title', v.title,
			        'leadPersonId', v.lead_person_id, 'startsOn', v.starts_on, 'dueOn', v.due_on,
			        'duePrecision', v.due_precision, 'deliverable', v.deliverable, 'weight', v.weight,
			        'owners', (select case when count(*) <= %d then coalesce(jsonb_agg(o.unit_id order by o.unit_id), '[]'::jsonb) end
			          from programme_activity_owner o where o.activity_id = v.id),
			        'ownerCount', (select count(*) from programme_activity_owner o where o.activity_id = v.id)) order by v.position)
			        from programme_activity v where v.task_id = t.id), '[]'::jsonb)) order by t.position)
			      from programme_task t where t.area_id = a.id), '[]'::jsonb)) order by a.position)
			    from programme_area a where a.programme_id = p.id), '[]'::jsonb))
			from programme p where p.id = :id"""
		.formatted(StructureEdits.MAX_OWNERS);

	private final JdbcClient jdbc;

	private final ProgrammeReferences references;

	private final ApplicationEventPublisher events;

	/** Why an adopted programme changes, and on whose decision (both optional). */
	public record Amend(String reason, Long documentId, Long meetingId) {

		public static final Amend NONE = new Amend(null, null, null);

	}

	/**
	 * Before a change of the programme: nothing for a draft; for an adopted one the
	 * amendment, which needs a reason ({@code amendmentReason}), and the structure
	 * before.
	 */
	public void before(Head head, Amend amend, String change, Caller caller) {
		if (head.state() != ProgrammeState.ADOPTED) {
			return;
		}
		Amend a = (amend == null) ? Amend.NONE : amend;
		String reason = ProgrammeInput.text("amendmentReason", a.reason(), 1000, false);
		if (reason == null) {
			throw vn.dangvu.platform.error.RuleViolationException.onField("amendmentReason",
					"programme.amendment.reasonRequired");
		}
		if (a.documentId() != null) {
			this.references.document(a.documentId(), "amendmentDocumentId", caller);
		}
		if (a.meetingId() != null) {
			this.references.meeting(a.meetingId(), "amendmentMeetingId", caller);
		}
		int number = this.jdbc
			.sql("select coalesce(max(number), 0) + 1 from programme_amendment where programme_id = :id")
			.param("id", head.id())
			.query(Integer.class)
			.single();
		long id = this.jdbc.sql("""
				insert into programme_amendment (programme_id, number, reason, change, adopting_document_id,
				                                 adopting_meeting_id, recorded_by, snapshot)
				values (:id, :number, :reason, :change, :doc, :meeting, :by, (%s))
				returning id""".formatted(SNAPSHOT.replace(":id", ":pid")))
			.param("id", head.id())
			.param("pid", head.id())
			.param("number", number)
			.param("reason", reason)
			.param("change", change)
			.param("doc", a.documentId())
			.param("meeting", a.meetingId())
			.param("by", caller.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("programmeId", head.id());
		after.put("number", number);
		after.put("change", change);
		after.put("reason", reason);
		this.events.publishEvent(RecordChanged.created("ProgrammeAmendment", id, head.unit().id(), after));
	}

	/** The amendments of a programme, oldest first. */
	public List<ProgrammeAmendment> of(long programmeId) {
		return this.jdbc.sql("""
				select id, number, change, reason, adopting_document_id, adopting_meeting_id, recorded_by, recorded_at,
				       jsonb_array_length(snapshot -> 'areas'),
				       jsonb_array_length(jsonb_path_query_array(snapshot, '$.areas[*].tasks[*]')),
				       jsonb_array_length(jsonb_path_query_array(snapshot, '$.areas[*].tasks[*].activities[*]'))
				from programme_amendment where programme_id = :id order by number""")
			.param("id", programmeId)
			.query((rs, n) -> new ProgrammeAmendment(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5), (Long) rs.getObject(6), rs.getString(7),
					rs.getObject(8, OffsetDateTime.class), rs.getInt(9), rs.getInt(10), rs.getInt(11)))
			.list();
	}

	/** The structure before an amendment, as JSON text. */
	public Optional<String> snapshot(long programmeId, int number) {
		return this.jdbc.sql("select snapshot::text from programme_amendment where programme_id = :id and number = :n")
			.param("id", programmeId)
			.param("n", number)
			.query(String.class)
			.optional();
	}

}
