package vn.dangvu.programme.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.programme.PeriodKind;
import vn.dangvu.programme.ProgrammeKind;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.RollUpRule;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeAccess.Unit;
import vn.dangvu.programme.access.ProgrammeInput;
import vn.dangvu.programme.access.ProgrammeReferences;
import vn.dangvu.programme.plan.Amendments.Amend;

/**
 * A programme's head (decision 0270): start one as a draft, change its title, period,
 * resolution or roll-up rule (an amendment once adopted), adopt it on a document or a
 * meeting, close it.
 */
@Service
@RequiredArgsConstructor
public class Programmes {

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final ProgrammeReferences references;

	private final Amendments amendments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** What a new programme needs. */
	public record NewProgramme(Long unitId, ProgrammeKind kind, String title, PeriodKind periodKind, LocalDate startsOn,
			LocalDate endsOn, Long resolutionDocumentId, RollUpRule rollUp) {

	}

	/** A change of the head; null leaves a value as it is. */
	public record HeadChange(String title, PeriodKind periodKind, LocalDate startsOn, LocalDate endsOn,
			Long resolutionDocumentId, RollUpRule rollUp, Integer version, String amendmentReason,
			Long amendmentDocumentId, Long amendmentMeetingId) {

		Amend amend() {
			return new Amend(this.amendmentReason, this.amendmentDocumentId, this.amendmentMeetingId);
		}

	}

	/** The adoption: the document or the meeting that adopted it, and the day. */
	public record Adoption(Long documentId, Long meetingId, LocalDate adoptedOn, Integer version) {

	}

	public record Closing(LocalDate closedOn, Integer version) {

	}

	@Transactional
	public long create(NewProgramme in, Caller caller) {
		ProgrammeKind kind = ProgrammeInput.required("kind", in.kind());
		Unit unit = this.access.unitToWrite(ProgrammeInput.required("unitId", in.unitId()), kind, caller);
		if (unit.closedOn() != null) {
			throw RuleViolationException.onField("unitId", "programme.unit.closed", unit.name());
		}
		String title = ProgrammeInput.text("title", in.title(), 300, true);
		PeriodKind periodKind = ProgrammeInput.required("periodKind", in.periodKind());
		LocalDate startsOn = ProgrammeInput.day("startsOn", ProgrammeInput.required("startsOn", in.startsOn()),
				today());
		LocalDate endsOn = ProgrammeInput.day("endsOn", ProgrammeInput.required("endsOn", in.endsOn()), today());
		StructureRules.period(periodKind, startsOn, endsOn).orThrow();
		Long resolution = resolution(kind, in.resolutionDocumentId(), caller);
		RollUpRule rollUp = (in.rollUp() == null) ? RollUpRule.EQUAL : in.rollUp();
		long id = this.jdbc.sql("""
				insert into programme (unit_id, kind, title, search, period_kind, starts_on, ends_on,
				                       resolution_document_id, roll_up, created_by)
				values (:unit, :kind, :title, :search, :period, :starts, :ends, :resolution, :rollUp, :by)
				returning id""")
			.param("unit", unit.id())
			.param("kind", kind.name())
			.param("title", title)
			.param("search", VietnameseText.fold(title))
			.param("period", periodKind.name())
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("resolution", resolution)
			.param("rollUp", rollUp.name())
			.param("by", caller.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("unitId", unit.id());
		after.put("kind", kind.name());
		after.put("title", title);
		after.put("periodKind", periodKind.name());
		after.put("startsOn", startsOn.toString());
		after.put("endsOn", endsOn.toString());
		after.put("rollUp", rollUp.name());
		if (resolution != null) {
			after.put("resolutionDocumentId", resolution);
		}
		this.events.publishEvent(RecordChanged.created("Programme", id, unit.id(), after));
		return id;
	}

	@Transactional
	public void change(long id, HeadChange in, Caller caller) {
		Head head = this.access.programmeToWrite(id, in.version(), caller);
		record Current(String title, PeriodKind periodKind, Long resolution, RollUpRule rollUp) {
		}
		Current now = this.jdbc
			.sql("select title, period_kind, resolution_document_id, roll_up from programme where id = :id")
			.param("id", id)
			.query((rs, n) -> new Current(rs.getString(1), PeriodKind.valueOf(rs.getString(2)), (Long) rs.getObject(3),
					RollUpRule.valueOf(rs.getString(4))))
			.single();
		String title = (in.title() == null) ? now.title() : ProgrammeInput.text("title", in.title(), 300, true);
		PeriodKind periodKind = (in.periodKind() == null) ? now.periodKind() : in.periodKind();
		LocalDate startsOn = (in.startsOn() == null) ? head.startsOn()
				: ProgrammeInput.day("startsOn", in.startsOn(), today());
		LocalDate endsOn = (in.endsOn() == null) ? head.endsOn() : ProgrammeInput.day("endsOn", in.endsOn(), today());
		StructureRules.period(periodKind, startsOn, endsOn).orThrow();
		Long resolution = (in.resolutionDocumentId() == null) ? now.resolution()
				: resolution(head.kind(), in.resolutionDocumentId(), caller);
		RollUpRule rollUp = (in.rollUp() == null) ? now.rollUp() : in.rollUp();
		LocalDate outside = this.jdbc.sql("""
				select min(coalesce(starts_on, due_on)) from programme_activity
				where programme_id = :id and (due_on < :s or due_on > :e or starts_on < :s)""")
			.param("id", id)
			.param("s", startsOn)
			.param("e", endsOn)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		if (outside != null) {
			throw RuleViolationException.onField(startsOn.equals(head.startsOn()) ? "endsOn" : "startsOn",
					"programme.period.excludesActivities", PageDates.format(outside));
		}
		this.amendments.before(head, in.amend(), "HEAD_UPDATE", caller);
		this.jdbc.sql("""
				update programme set title = :title, search = :search, period_kind = :period, starts_on = :s,
				       ends_on = :e, resolution_document_id = :resolution, roll_up = :rollUp
				where id = :id""")
			.param("title", title)
			.param("search", VietnameseText.fold(title))
			.param("period", periodKind.name())
			.param("s", startsOn)
			.param("e", endsOn)
			.param("resolution", resolution)
			.param("rollUp", rollUp.name())
			.param("id", id)
			.update();
		touch(id, caller);
		Map<String, Object> before = Map.of("title", now.title(), "periodKind", now.periodKind().name(), "startsOn",
				head.startsOn().toString(), "endsOn", head.endsOn().toString(), "rollUp", now.rollUp().name());
		Map<String, Object> after = Map.of("title", title, "periodKind", periodKind.name(), "startsOn",
				startsOn.toString(), "endsOn", endsOn.toString(), "rollUp", rollUp.name());
		this.events.publishEvent(RecordChanged.updated("Programme", id, "UPDATE", head.unit().id(), before, after));
	}

	/**
	 * Adopts a draft: the document of the registry or the meeting that adopted it (at
	 * least one), on a day not after today.
	 */
	@Transactional
	public void adopt(long id, Adoption in, Caller caller) {
		Head head = this.access.programmeToWrite(id, in.version(), caller);
		if (head.state() != ProgrammeState.DRAFT) {
			throw RuleViolationException.onField("state", "programme.adopt.notDraft");
		}
		if (in.documentId() == null && in.meetingId() == null) {
			throw RuleViolationException.onField("documentId", "programme.adopt.documentOrMeeting");
		}
		if (in.documentId() != null) {
			this.references.document(in.documentId(), "documentId", caller);
		}
		if (in.meetingId() != null) {
			this.references.meeting(in.meetingId(), "meetingId", caller);
		}
		LocalDate adoptedOn = ProgrammeInput.day("adoptedOn", ProgrammeInput.required("adoptedOn", in.adoptedOn()),
				today());
		if (adoptedOn.isAfter(today())) {
			throw RuleViolationException.onField("adoptedOn", "programme.adopt.future");
		}
		this.jdbc.sql("""
				update programme set state = 'ADOPTED', adopting_document_id = :doc, adopting_meeting_id = :meeting,
				       adopted_on = :day where id = :id""")
			.param("doc", in.documentId())
			.param("meeting", in.meetingId())
			.param("day", adoptedOn)
			.param("id", id)
			.update();
		touch(id, caller);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("state", "ADOPTED");
		after.put("adoptedOn", adoptedOn.toString());
		if (in.documentId() != null) {
			after.put("documentId", in.documentId());
		}
		if (in.meetingId() != null) {
			after.put("meetingId", in.meetingId());
		}
		this.events.publishEvent(RecordChanged.updated("Programme", id, "ADOPT", head.unit().id(),
				Map.of("state", head.state().name()), after));
	}

	/** Closes an adopted programme on a day (default today), not before its adoption. */
	@Transactional
	public void close(long id, Closing in, Caller caller) {
		Head head = this.access.programmeToWrite(id, in.version(), caller);
		if (head.state() != ProgrammeState.ADOPTED) {
			throw RuleViolationException.onField("state", "programme.close.notAdopted");
		}
		LocalDate closedOn = (in.closedOn() == null) ? today() : ProgrammeInput.day("closedOn", in.closedOn(), today());
		if (closedOn.isBefore(head.adoptedOn())) {
			throw RuleViolationException.onField("closedOn", "programme.close.beforeAdoption",
					PageDates.format(head.adoptedOn()));
		}
		if (closedOn.isAfter(today())) {
			throw RuleViolationException.onField("closedOn", "programme.close.future");
		}
		this.jdbc.sql("update programme set state = 'CLOSED', closed_on = :day where id = :id")
			.param("day", closedOn)
			.param("id", id)
			.update();
		touch(id, caller);
		this.events.publishEvent(RecordChanged.updated("Programme", id, "CLOSE", head.unit().id(),
				Map.of("state", head.state().name()), Map.of("state", "CLOSED", "closedOn", closedOn.toString())));
	}

	/** The programme's next version, after any write of it or of its structure. */
	void touch(long id, Caller caller) {
		this.jdbc.sql("update programme set version = version + 1, updated_at = now(), updated_by = :by where id = :id")
			.param("by", caller.username())
			.param("id", id)
			.update();
	}

	private Long resolution(ProgrammeKind kind, Long documentId, Caller caller) {
		if (kind != ProgrammeKind.RESOLUTION_ACTION) {
			if (documentId != null) {
				this.references.document(documentId, "resolutionDocumentId", caller);
			}
			return documentId;
		}
		ProgrammeInput.required("resolutionDocumentId", documentId);
		this.references.document(documentId, "resolutionDocumentId", caller);
		return documentId;
	}

	private LocalDate today() {
		return VietnamTime.today(this.clock);
	}

}
