package vn.dangvu.programme.progress;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ActivityStatus;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeAccess.Unit;
import vn.dangvu.programme.access.ProgrammeInput;
import vn.dangvu.programme.access.ProgrammeReferences;

/**
 * Progress records (decision 0272): an owner unit's status and percent on an activity,
 * with a note and evidence, appended to the history and copied onto the owner row in the
 * same transaction. The owner row is locked and names its version, so one of two
 * identical records sent at once wins and the other is a 409; the programme's row is
 * share-locked so that its structure does not change underneath.
 */
@Service
@RequiredArgsConstructor
public class ProgressRecords {

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final ProgrammeReferences references;

	private final ApplicationEventPublisher events;

	/**
	 * A progress record. {@code done} true is DONE at 100 %; {@code status} DONE without
	 * a percent is 100 %. Evidence: at most one of a registry document, a meeting or a
	 * file reference. {@code version}: the owner row's, as read.
	 */
	public record ProgressInput(Long unitId, ActivityStatus status, Integer percent, Boolean done, String note,
			Long documentId, Long meetingId, String fileRef, Integer version) {

	}

	/** The owner row after the record: its new status, percent and version. */
	public record Recorded(long progressId, long activityId, long unitId, ActivityStatus status, int percent,
			int version) {

	}

	@Transactional
	public Recorded record(long activityId, ProgressInput in, Caller caller) {
		long programmeId = this.jdbc.sql("select programme_id from programme_activity where id = :id")
			.param("id", activityId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("activity", activityId));
		this.jdbc.sql("select id from programme where id = :id for share")
			.param("id", programmeId)
			.query()
			.listOfRows();
		Head head = this.access.programme(programmeId, caller);
		if (head.state() == ProgrammeState.DRAFT) {
			throw RuleViolationException.onField("state", "programme.progress.draft");
		}
		if (head.state() == ProgrammeState.CLOSED) {
			throw RuleViolationException.onField("state", "programme.closed");
		}
		Long unitId = ProgrammeInput.required("unitId", in.unitId());
		Unit unit = this.access.findUnit(unitId)
			.orElseThrow(() -> RuleViolationException.onField("unitId", "programme.progress.notOwner", unitId));
		if (!this.access.mayWrite(caller, unit)) {
			throw new NotPermittedException("programme.progress.notAllowed", unit.name());
		}
		Map<String, Object> owner = this.jdbc.sql("""
				select status, percent, version from programme_activity_owner
				where activity_id = :a and unit_id = :u for update""")
			.param("a", activityId)
			.param("u", unitId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> RuleViolationException.onField("unitId", "programme.progress.notOwner", unit.name()));
		if (in.version() == null) {
			throw RuleViolationException.onField("version", "programme.progress.versionRequired");
		}
		int version = ((Number) owner.get("version")).intValue();
		if (in.version() != version) {
			throw new ConflictException("version", "programme.progress.stale");
		}
		ActivityStatus status = status(in);
		int percent = percent(status, in);
		String note = ProgrammeInput.text("note", in.note(), 2000, false);
		String[] evidence = evidence(in, caller);
		long id = this.jdbc.sql("""
				insert into programme_progress (activity_id, unit_id, status, percent, note, evidence_kind,
				                                evidence_ref, recorded_by)
				values (:a, :u, :status, :percent, :note, :kind, :ref, :by) returning id""")
			.param("a", activityId)
			.param("u", unitId)
			.param("status", status.name())
			.param("percent", percent)
			.param("note", note)
			.param("kind", evidence[0])
			.param("ref", evidence[1])
			.param("by", caller.username())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				update programme_activity_owner set status = :status, percent = :percent, progress_at = now(),
				       version = version + 1
				where activity_id = :a and unit_id = :u""")
			.param("status", status.name())
			.param("percent", percent)
			.param("a", activityId)
			.param("u", unitId)
			.update();
		Map<String, Object> before = Map.of("status", owner.get("status"), "percent", owner.get("percent"));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("activityId", activityId);
		after.put("status", status.name());
		after.put("percent", percent);
		if (note != null) {
			after.put("note", note);
		}
		if (evidence[0] != null) {
			after.put("evidence", evidence[0] + ":" + evidence[1]);
		}
		this.events.publishEvent(RecordChanged.updated("ProgrammeActivityOwner", activityId + "/" + unitId, "PROGRESS",
				unitId, before, after));
		return new Recorded(id, activityId, unitId, status, percent, version + 1);
	}

	private static ActivityStatus status(ProgressInput in) {
		if (Boolean.TRUE.equals(in.done())) {
			if (in.status() != null && in.status() != ActivityStatus.DONE) {
				throw RuleViolationException.onField("status", "programme.progress.doneConflict");
			}
			return ActivityStatus.DONE;
		}
		if (in.status() != null) {
			if (Boolean.FALSE.equals(in.done()) && in.status() == ActivityStatus.DONE) {
				throw RuleViolationException.onField("status", "programme.progress.doneConflict");
			}
			return in.status();
		}
		if (in.done() == null) {
			throw RuleViolationException.onField("status", "programme.field.required", ProgrammeInput.label("status"));
		}
		return (in.percent() == null || in.percent() == 0) ? ActivityStatus.NOT_STARTED : ActivityStatus.IN_PROGRESS;
	}

	/**
	 * DONE is 100 % (given or not; below is refused), NOT_STARTED 0 %; otherwise 0–100,
	 * required for IN_PROGRESS, kept at 0 for CANCELLED when not given.
	 */
	private static int percent(ActivityStatus status, ProgressInput in) {
		Integer p = in.percent();
		if (p != null && (p < 0 || p > 100)) {
			throw RuleViolationException.onField("percent", "programme.progress.percentRange");
		}
		return switch (status) {
			case DONE -> {
				if (p != null && p != 100) {
					throw RuleViolationException.onField("percent", "programme.progress.doneNotHundred");
				}
				yield 100;
			}
			case NOT_STARTED -> {
				if (p != null && p != 0) {
					throw RuleViolationException.onField("percent", "programme.progress.notStartedPercent");
				}
				yield 0;
			}
			case IN_PROGRESS -> {
				if (p == null) {
					throw RuleViolationException.onField("percent", "programme.field.required",
							ProgrammeInput.label("percent"));
				}
				if (p == 100) {
					throw RuleViolationException.onField("percent", "programme.progress.hundredNotDone");
				}
				yield p;
			}
			case CANCELLED -> (p == null) ? 0 : p;
		};
	}

	/** The evidence's kind and reference, checked; {null, null} when none. */
	private String[] evidence(ProgressInput in, Caller caller) {
		String file = ProgrammeInput.text("fileRef", in.fileRef(), 300, false);
		int given = ((in.documentId() != null) ? 1 : 0) + ((in.meetingId() != null) ? 1 : 0) + ((file != null) ? 1 : 0);
		if (given > 1) {
			throw RuleViolationException.onField("documentId", "programme.progress.oneEvidence");
		}
		if (in.documentId() != null) {
			this.references.document(in.documentId(), "documentId", caller);
			return new String[] { "DOCUMENT", in.documentId().toString() };
		}
		if (in.meetingId() != null) {
			this.references.meeting(in.meetingId(), "meetingId", caller);
			return new String[] { "MEETING", in.meetingId().toString() };
		}
		if (file != null) {
			return new String[] { "FILE", file };
		}
		return new String[] { null, null };
	}

}
