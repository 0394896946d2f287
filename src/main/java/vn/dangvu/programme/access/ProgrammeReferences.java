package vn.dangvu.programme.access;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.meeting.MeetingApi;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.PageDates;

/**
 * The records a programme points to in other modules: documents of the directive
 * registry, meetings, persons. A reference the caller cannot open is a 422 on its field,
 * the same as one that does not exist.
 */
@Component
@RequiredArgsConstructor
public class ProgrammeReferences {

	private final DirectiveApi directives;

	private final MeetingApi meetings;

	private final JdbcClient jdbc;

	/**
	 * The document's citation and summary, checked. Read through the registry's rows,
	 * which leave out what the caller may not see instead of refusing it (a refusal
	 * inside the registry's transaction would mark the caller's transaction for
	 * rollback).
	 */
	public String document(Long id, String field, Caller caller) {
		String label = documentOrNull(id, caller);
		if (label == null) {
			throw RuleViolationException.onField(field, "programme.document.unknown", id);
		}
		return label;
	}

	/** A document's label for display, or null when the caller may not open it. */
	public String documentOrNull(Long id, Caller caller) {
		if (id == null) {
			return null;
		}
		return this.directives.rows(List.of(id), caller)
			.stream()
			.findFirst()
			.map((d) -> d.citation() + " — " + d.summary())
			.orElse(null);
	}

	/** The meeting's topic and day, checked. */
	public String meeting(Long id, String field, Caller caller) {
		try {
			var m = this.meetings.detail(id, caller).meeting();
			return m.topic() + " (" + PageDates.format(m.meetsOn()) + ")";
		}
		catch (DomainException ex) {
			throw RuleViolationException.onField(field, "programme.meeting.unknown", id);
		}
	}

	/** A person's full name, checked against the people module's published view. */
	public String person(Long id, String field) {
		return personName(id).orElseThrow(() -> RuleViolationException.onField(field, "programme.person.unknown", id));
	}

	public Optional<String> personName(long id) {
		return this.jdbc.sql("select full_name from person_ref where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

}
