package vn.dangvu.meeting.record;

import java.time.Clock;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.meeting.MinutesVersion;
import vn.dangvu.meeting.Presence;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.meeting.access.MeetingInput;
import vn.dangvu.meeting.minutes.MeetingMinutes;
import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.MembershipApi;
import vn.dangvu.membership.Standing;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Recording a held meeting (decision 0225): attendance of every member expected that day
 * (the cell's full and probationary members on the meeting's day, from membership), the
 * times, chair and secretary, the agenda, the resolution and its vote. A record is
 * written whole or not at all; a second recorder with a stale version is told (409). Once
 * the minutes are signed a change needs a reason and is their next version (decision
 * 0226).
 */
@Service
@RequiredArgsConstructor
public class MeetingRecords {

	static final int MAX_AGENDA = 50;

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final MembershipApi membership;

	private final MeetingMinutes minutes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * A member expected at a meeting; a probationary member attends and speaks but does
	 * not vote.
	 */
	public record Expected(long personId, boolean probationary) {

	}

	/** An expected member with a name, for the record form. */
	public record ExpectedMember(long personId, String fullName, boolean probationary) {

	}

	/** The members expected at a meeting, with their names, in the cell's order. */
	public List<ExpectedMember> expectedMembers(Head head) {
		Map<Long, Boolean> probation = new HashMap<>();
		expected(head).forEach((e) -> probation.put(e.personId(), e.probationary()));
		if (probation.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, full_name from person_ref where id = any(:ids) order by sort_key, id")
			.param("ids", probation.keySet().toArray(Long[]::new))
			.query((rs, n) -> new ExpectedMember(rs.getLong(1), rs.getString(2), probation.get(rs.getLong(1))))
			.list();
	}

	/** The members expected at a meeting of a cell on its day. */
	public List<Expected> expected(Head head) {
		return this.membership.membersOf(head.cell().id(), head.meetsOn())
			.stream()
			.filter(MemberStatus::isMember)
			.map((s) -> new Expected(s.personId(), s.standing() == Standing.PROBATIONARY))
			.toList();
	}

	@Transactional
	public void record(long meetingId, HeldRecord in, Caller caller) {
		Head head = this.access.meetingToWrite(meetingId, caller);
		RecordPolicy.recordable(head, VietnamTime.today(this.clock)).orThrow();
		if (in.version() == null && !"PLANNED".equals(head.state())) {
			// who quotes no version believes the meeting is still to be recorded: a
			// record
			// already there (another's, or the same request sent twice) is not
			// overwritten
			throw new ConflictException("version", "meeting.version.stale");
		}
		LocalTime from = MeetingInput.required("heldFrom", in.heldFrom());
		LocalTime to = MeetingInput.required("heldTo", in.heldTo());
		RecordPolicy.times(from, to).orThrow();
		Map<Long, Expected> expected = new LinkedHashMap<>();
		expected(head).forEach((e) -> expected.put(e.personId(), e));
		Map<Long, HeldRecord.Absence> absences = absences(in.absences(), expected);
		Set<Long> present = new HashSet<>(expected.keySet());
		present.removeAll(absences.keySet());
		Set<Long> speakers = speakers(in.speakers(), present);
		Long chair = attendee("chairId", MeetingInput.required("chairId", in.chairId()), present);
		Long secretary = attendee("secretaryId", MeetingInput.required("secretaryId", in.secretaryId()), present);
		List<HeldRecord.Agenda> agenda = agenda(in.agenda());
		String resolution = MeetingInput.text("resolution", in.resolution(), 20000, false);
		String guests = MeetingInput.text("guests", in.guests(), 1000, false);
		int voters = (int) present.stream().filter((p) -> !expected.get(p).probationary()).count();
		int votesFor = orZero(in.votesFor());
		int against = orZero(in.votesAgainst());
		int abstain = orZero(in.votesAbstain());
		RecordPolicy.votes(votesFor, against, abstain, voters).orThrow();
		Optional<MinutesVersion> signed = this.minutes.signed(meetingId);
		String reason = MeetingInput.text("reason", in.reason(), 500, false);
		RecordPolicy.reasonAfterSigning(signed.isPresent(), reason).orThrow();
		int read = (in.version() == null) ? head.version() : in.version();
		int changed = this.jdbc.sql("""
				update meeting set state = 'HELD', held_from = :from, held_to = :to, chair_id = :chair,
				  secretary_id = :secretary, guests = :guests, resolution = :resolution, votes_for = :for,
				  votes_against = :against, votes_abstain = :abstain, recorded_at = now(), recorded_by = :by,
				  version = version + 1
				where id = :id and version = :v and state <> 'CANCELLED'""")
			.param("from", from)
			.param("to", to)
			.param("chair", chair)
			.param("secretary", secretary)
			.param("guests", guests)
			.param("resolution", resolution)
			.param("for", (in.votesFor() == null) ? null : votesFor)
			.param("against", (in.votesAgainst() == null) ? null : against)
			.param("abstain", (in.votesAbstain() == null) ? null : abstain)
			.param("by", caller.username())
			.param("id", meetingId)
			.param("v", read)
			.update();
		if (changed == 0) {
			throw new ConflictException("version", "meeting.version.stale");
		}
		writeAttendance(meetingId, expected, absences, speakers);
		writeAgenda(meetingId, agenda);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("heldFrom", from.toString());
		after.put("heldTo", to.toString());
		after.put("expected", expected.size());
		after.put("present", present.size());
		after.put("absent", absences.keySet());
		after.put("votes", List.of(votesFor, against, abstain));
		if (signed.isPresent()) {
			after.put("minutesVersion", this.minutes.amend(head, signed.get(), read + 1, reason, caller));
			after.put("reason", reason);
		}
		this.events.publishEvent(RecordChanged.updated("Meeting", meetingId, "RECORD", head.cell().id(),
				Map.of("state", head.state(), "version", head.version()), after));
	}

	private Map<Long, HeldRecord.Absence> absences(List<HeldRecord.Absence> list, Map<Long, Expected> expected) {
		Map<Long, HeldRecord.Absence> result = new HashMap<>();
		if (list == null) {
			return result;
		}
		for (HeldRecord.Absence a : list) {
			Long person = MeetingInput.required("absences", a.personId());
			if (!expected.containsKey(person)) {
				throw RuleViolationException.onField("absences", "meeting.record.notExpected", person);
			}
			Presence presence = (a.presence() == null) ? Presence.UNEXCUSED : a.presence();
			if (presence == Presence.PRESENT) {
				continue;
			}
			String reason = MeetingInput.text("absences", a.reason(), 300, false);
			if (presence == Presence.EXCUSED && reason == null) {
				throw RuleViolationException.onField("absences", "meeting.record.reasonRequired");
			}
			result.put(person, new HeldRecord.Absence(person, presence, reason));
		}
		return result;
	}

	private static Set<Long> speakers(List<Long> list, Set<Long> present) {
		Set<Long> result = new HashSet<>();
		if (list != null) {
			for (Long p : list) {
				result.add(attendee("speakers", p, present));
			}
		}
		return result;
	}

	private static Long attendee(String field, Long person, Set<Long> present) {
		if (person == null || !present.contains(person)) {
			throw RuleViolationException.onField(field, "meeting.record.notPresent", String.valueOf(person));
		}
		return person;
	}

	private static List<HeldRecord.Agenda> agenda(List<HeldRecord.Agenda> list) {
		if (list == null) {
			return List.of();
		}
		if (list.size() > MAX_AGENDA) {
			throw RuleViolationException.onField("agenda", "meeting.record.agendaTooLong", MAX_AGENDA);
		}
		return list.stream()
			.filter((a) -> a != null && !(blank(a.title()) && blank(a.notes())))
			.map((a) -> new HeldRecord.Agenda(MeetingInput.text("agenda", a.title(), 300, true),
					MeetingInput.text("agenda", a.notes(), 20000, false), Boolean.TRUE.equals(a.criticism())))
			.toList();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static int orZero(Integer n) {
		return (n == null) ? 0 : n;
	}

	private void writeAttendance(long meetingId, Map<Long, Expected> expected, Map<Long, HeldRecord.Absence> absences,
			Set<Long> speakers) {
		this.jdbc.sql("delete from meeting_attendance where meeting_id = :id").param("id", meetingId).update();
		for (Expected e : expected.values()) {
			HeldRecord.Absence a = absences.get(e.personId());
			this.jdbc.sql("""
					insert into meeting_attendance (meeting_id, person_id, probationary, presence, reason, spoke)
					values (:m, :p, :prob, :presence, :reason, :spoke)""")
				.param("m", meetingId)
				.param("p", e.personId())
				.param("prob", e.probationary())
				.param("presence", (a == null) ? Presence.PRESENT.name() : a.presence().name())
				.param("reason", (a == null) ? null : a.reason())
				.param("spoke", speakers.contains(e.personId()))
				.update();
		}
	}

	private void writeAgenda(long meetingId, List<HeldRecord.Agenda> agenda) {
		this.jdbc.sql("delete from meeting_agenda_item where meeting_id = :id").param("id", meetingId).update();
		int position = 1;
		for (HeldRecord.Agenda a : agenda) {
			this.jdbc.sql("""
					insert into meeting_agenda_item (meeting_id, position, title, notes, criticism)
					values (:m, :pos, :t, :n, :c)""")
				.param("m", meetingId)
				.param("pos", position++)
				.param("t", a.title())
				.param("n", a.notes())
				.param("c", Boolean.TRUE.equals(a.criticism()))
				.update();
		}
	}

}
