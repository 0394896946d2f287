package vn.dangvu.directive.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.ActionRecord;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.registry.AttachmentService;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.directive.registry.LinkService;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/** Recording what a unit did for a required action, with its report. */
@Service
@RequiredArgsConstructor
public class ActionRecording {

	private final JdbcClient jdbc;

	private final DocumentQueries documents;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CascadeUnits units;

	private final LinkService links;

	private final AttachmentService attachments;

	/**
	 * Attaches a unit's report file to the directive it was assigned: the right to record
	 * the unit's action, not write rights on the directive, is what counts here.
	 */
	@Transactional
	public long attachReport(long documentId, long unitId, ActionKind kind, String fileName, byte[] content,
			Caller caller) {
		this.documents.requireVisible(documentId, caller);
		action(documentId, unitId, kind, caller);
		return this.attachments.storeAttachment(documentId, fileName, content, caller);
	}

	private record Action(long id, LocalDate assignedOn, LocalDate doneOn) {
	}

	/** The unit's required action, if the caller may record it. */
	private Action action(long documentId, long unitId, ActionKind kind, Caller caller) {
		if (!Visibility.mayRegister(caller)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		Visibility.View view = this.visibility.of(caller);
		CascadeUnits.UnitRow unit = this.units.unit(unitId)
			.filter((u) -> view.scope().covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
		return this.jdbc
			.sql("""
					select x.id, a.assigned_on, x.done_on from directive_action x join directive_assignment a on a.id = x.assignment_id
					where a.document_id = :doc and a.unit_id = :unit and x.kind = :kind""")
			.param("doc", documentId)
			.param("unit", unit.id())
			.param("kind", kind.name())
			.query((rs, n) -> new Action(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("directiveAction", kind.name()));
	}

	/** The record is complete and sound for this kind of action. */
	private void check(long documentId, ActionKind kind, ActionRecord rec, Action action, Caller caller) {
		if (rec.doneOn() == null) {
			throw RuleViolationException.onField("doneOn", "directive.action.doneOnRequired");
		}
		if (rec.doneOn().isAfter(VietnamTime.today(this.clock))
				|| rec.doneOn().isBefore(action.assignedOn().minusYears(1))) {
			throw RuleViolationException.onField("doneOn", "directive.action.doneOnInvalid");
		}
		if (kind == ActionKind.DISSEMINATE) {
			if (rec.present() == null || rec.total() == null) {
				throw RuleViolationException.onField("present", "directive.action.attendanceRequired");
			}
			if (rec.present() < 0 || rec.total() < 1 || rec.present() > rec.total() || rec.total() > 100_000) {
				throw RuleViolationException.onField("present", "directive.action.attendanceInvalid");
			}
		}
		if (rec.note() != null && rec.note().length() > 1000) {
			throw RuleViolationException.onField("note", "directive.action.noteTooLong");
		}
		if (rec.reportDocumentId() != null) {
			try {
				this.documents.requireVisible(rec.reportDocumentId(), caller);
			}
			catch (NotFoundException ex) {
				throw RuleViolationException.onField("reportDocumentId", "directive.action.reportUnknown");
			}
			if (rec.reportDocumentId() == documentId) {
				throw RuleViolationException.onField("reportDocumentId", "directive.action.reportSelf");
			}
		}
		if (rec.attachmentId() != null) {
			boolean ok = this.jdbc.sql("select count(*) from directive_attachment where id = :id and document_id = :d")
				.param("id", rec.attachmentId())
				.param("d", documentId)
				.query(Integer.class)
				.single() > 0;
			if (!ok) {
				throw RuleViolationException.onField("attachmentId", "directive.action.attachmentUnknown");
			}
		}
	}

	/** Records what a unit did for one required action. */
	@Transactional
	public void record(long documentId, long unitId, ActionKind kind, ActionRecord rec, Caller caller) {
		Action action = action(documentId, unitId, kind, caller);
		check(documentId, kind, rec, action, caller);
		this.jdbc.sql("""
				update directive_action set done_on = :done, present = :present, total = :total,
				report_document_id = :report, attachment_id = :att, note = :note, recorded_by = :by,
				version = version + 1 where id = :id""")
			.param("done", rec.doneOn())
			.param("present", kind == ActionKind.DISSEMINATE ? rec.present() : null)
			.param("total", kind == ActionKind.DISSEMINATE ? rec.total() : null)
			.param("report", rec.reportDocumentId())
			.param("att", rec.attachmentId())
			.param("note", rec.note() == null || rec.note().isBlank() ? null : rec.note().strip())
			.param("by", caller.username())
			.param("id", action.id())
			.update();
		if (kind == ActionKind.PLAN && rec.reportDocumentId() != null) {
			boolean linked = this.jdbc
				.sql("select count(*) from directive_link where from_id = :f and to_id = :t and kind = 'IMPLEMENTS'")
				.param("f", rec.reportDocumentId())
				.param("t", documentId)
				.query(Integer.class)
				.single() > 0;
			if (!linked) {
				this.links.insertLink(rec.reportDocumentId(), documentId, LinkKind.IMPLEMENTS, null, caller.username());
			}
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("document", documentId);
		after.put("kind", kind.name());
		after.put("doneOn", rec.doneOn().toString());
		if (rec.present() != null) {
			after.put("attendance", rec.present() + "/" + rec.total());
		}
		if (rec.reportDocumentId() != null) {
			after.put("reportDocument", rec.reportDocumentId());
		}
		this.events.publishEvent(RecordChanged.updated("DirectiveAction", action.id(), "RECORD", unitId,
				Map.of("doneOn", String.valueOf(action.doneOn())), after));
	}

}
