package vn.dangvu.meeting.minutes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.directive.PartyText;
import vn.dangvu.meeting.MinutesVersion;
import vn.dangvu.platform.security.Caller;

/**
 * The signed versions of the minutes in {@code meeting_minutes_version} (V902), each with
 * its text as it was signed, and the one write the signature makes on {@code meeting}.
 */
@Component
@RequiredArgsConstructor
class MinutesVersions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Optional<MinutesVersion> latest(long meetingId) {
		return this.jdbc.sql("""
				select version, signed_at, signed_by, signer_name, reason, meeting_version
				from meeting_minutes_version where meeting_id = :id order by version desc limit 1""")
			.param("id", meetingId)
			.query((rs, n) -> new MinutesVersion(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getInt(6)))
			.optional();
	}

	/** The text of one version as it was signed. */
	Optional<PartyText> text(long meetingId, int version) {
		return this.jdbc
			.sql("select snapshot::text from meeting_minutes_version where meeting_id = :id and version = :v")
			.param("id", meetingId)
			.param("v", version)
			.query(String.class)
			.optional()
			.map((json) -> JSON.readValue(json, PartyText.class));
	}

	/**
	 * Takes the meeting's record for the signature: its version goes up when it is still
	 * the one the signer read and the meeting is held. False when someone changed or
	 * signed it since.
	 */
	boolean claim(long meetingId, int readVersion) {
		return this.jdbc
			.sql("update meeting set version = version + 1 where id = :id and version = :v and state = 'HELD'")
			.param("id", meetingId)
			.param("v", readVersion)
			.update() == 1;
	}

	/** Adds a version; false when that version exists already (someone was first). */
	boolean add(long meetingId, int version, int meetingVersion, Instant at, Caller caller, String reason,
			PartyText text) {
		return this.jdbc.sql("""
				insert into meeting_minutes_version
				  (meeting_id, version, meeting_version, signed_at, signed_by, signer_name, reason, snapshot)
				values (:m, :v, :mv, :at, :by, :name, :reason, cast(:snapshot as jsonb))
				on conflict (meeting_id, version) do nothing""")
			.param("m", meetingId)
			.param("v", version)
			.param("mv", meetingVersion)
			.param("at", Timestamp.from(at))
			.param("by", caller.username())
			.param("name",
					(caller.displayName() == null || caller.displayName().isBlank()) ? caller.username()
							: caller.displayName())
			.param("reason", reason)
			.param("snapshot", JSON.writeValueAsString(text))
			.update() == 1;
	}

	/** The name of the committee directly above the cell, or empty. */
	String superiorName(long cellId) {
		return this.jdbc.sql("select p.name from unit_ref u join unit_ref p on p.id = u.parent_id where u.id = :id")
			.param("id", cellId)
			.query(String.class)
			.optional()
			.orElse("");
	}

}
