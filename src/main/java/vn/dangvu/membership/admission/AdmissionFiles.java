package vn.dangvu.membership.admission;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.membership.log.EventLog;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * What every admission write does to the file itself: take its locks and read it again,
 * move its state, link a step to the log event it wrote, store an attachment.
 */
@Component
@RequiredArgsConstructor
class AdmissionFiles {

	private final JdbcClient jdbc;

	private final AdmissionQueries queries;

	private final EventLog log;

	private final ApplicationEventPublisher events;

	/**
	 * The file, read after taking its row lock and then its candidate's (decisions 0156,
	 * 0209): one writer of a file at a time, so a twin request sees the step the first
	 * recorded.
	 */
	AdmissionFile lockAndLoad(Caller caller, long admissionId) {
		AdmissionFile visible = this.queries.load(caller, admissionId);
		this.jdbc.sql("select id from admission where id = :id for update")
			.param("id", admissionId)
			.query(Long.class)
			.list();
		this.log.lockSubject(visible.personId());
		return this.queries.load(caller, admissionId);
	}

	void setState(AdmissionFile file, String state) {
		this.jdbc.sql("update admission set state = :s where id = :id")
			.param("s", state)
			.param("id", file.id())
			.update();
		this.events.publishEvent(RecordChanged.updated("Admission", file.id(), "STATE", file.cellId(),
				Map.of("state", file.state()), Map.of("state", state)));
	}

	void linkEvent(long stepId, long eventId) {
		this.jdbc.sql("update admission_step set event_id = :e where id = :id")
			.param("e", eventId)
			.param("id", stepId)
			.update();
	}

	long storeDocument(Caller caller, Attachment a) {
		String name = a.fileName() == null || a.fileName().isBlank() ? "document" : a.fileName();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		return this.jdbc.sql("""
				insert into membership_document (file_name, content_type, size_bytes, bytes, recorded_by)
				values (:n, :t, :s, :b, :by) returning id""")
			.param("n", name)
			.param("t", a.contentType())
			.param("s", a.bytes().length)
			.param("b", a.bytes())
			.param("by", caller.username())
			.query(Long.class)
			.single();
	}

	static void checkLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw RuleViolationException.onField(field, "membership.field.tooLong", max);
		}
	}

}
