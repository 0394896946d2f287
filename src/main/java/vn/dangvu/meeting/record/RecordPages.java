package vn.dangvu.meeting.record;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.Presence;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.meeting.access.PageTimes;
import vn.dangvu.meeting.minutes.MeetingMinutes;
import vn.dangvu.meeting.plan.MeetingQueries;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;

/**
 * The record form of a held meeting, made to take a few minutes: every expected member is
 * present unless tapped absent; the times start from the plan.
 */
@Controller
@RequiredArgsConstructor
class RecordPages {

	static final int AGENDA_ROWS = 5;

	private final MeetingAccess access;

	private final MeetingRecords records;

	private final MeetingQueries queries;

	private final MeetingMinutes minutes;

	private final PageForms forms;

	private final Messages messages;

	private final Clock clock;

	/** A member's line of the form. */
	record Line(long personId, String fullName, boolean probationary, String presence, String reason, boolean spoke) {

	}

	/** The form's values as typed. */
	record Values(String heldFrom, String heldTo, String chairId, String secretaryId, String guests, String resolution,
			String votesFor, String votesAgainst, String votesAbstain, List<Line> lines, List<HeldRecord.Agenda> agenda,
			int version, String reason) {

	}

	@GetMapping("/meetings/{id}/record")
	String form(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		Head head = this.access.meetingToWrite(id, caller);
		RecordPolicy.recordable(head, VietnamTime.today(this.clock)).orThrow();
		MeetingView m = this.queries.read(head, caller);
		return show(model, m, initial(head, m), new LinkedHashMap<>());
	}

	@PostMapping("/meetings/{id}/record")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		Head head = this.access.meetingToWrite(id, caller);
		MeetingView m = this.queries.read(head, caller);
		Values typed = typed(head, params);
		Map<String, String> errors = new LinkedHashMap<>();
		return this.forms.submitKeepingStatus(errors, "form", () -> {
			this.records.record(id, parse(typed), caller);
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.recorded"));
			return "redirect:/meetings/" + id;
		}, () -> show(model, m, typed, errors));
	}

	private String show(Model model, MeetingView m, Values values, Map<String, String> errors) {
		model.addAttribute("m", m);
		model.addAttribute("signed", this.minutes.signed(m.id()).orElse(null));
		model.addAttribute("v", values);
		model.addAttribute("errors", errors);
		return "meeting/record";
	}

	private Values initial(Head head, MeetingView m) {
		Map<Long, MeetingView.Attendance> recorded = new LinkedHashMap<>();
		m.attendance().forEach((a) -> recorded.put(a.personId(), a));
		List<Line> lines = new ArrayList<>();
		for (MeetingRecords.ExpectedMember e : this.records.expectedMembers(head)) {
			MeetingView.Attendance a = recorded.get(e.personId());
			lines.add(new Line(e.personId(), e.fullName(), e.probationary(),
					(a == null) ? Presence.PRESENT.name() : a.presence().name(), (a == null) ? null : a.reason(),
					a != null && a.spoke()));
		}
		List<HeldRecord.Agenda> agenda = new ArrayList<>(
				m.agenda().stream().map((i) -> new HeldRecord.Agenda(i.title(), i.notes(), i.criticism())).toList());
		if (agenda.isEmpty()) {
			agenda.add(new HeldRecord.Agenda(this.messages.text("meeting.agenda.default1"), null, false));
			agenda.add(new HeldRecord.Agenda(this.messages.text("meeting.agenda.default2"), null, false));
			agenda.add(new HeldRecord.Agenda(this.messages.text("meeting.agenda.default3"), null, true));
		}
		while (agenda.size() < AGENDA_ROWS) {
			agenda.add(new HeldRecord.Agenda(null, null, false));
		}
		String from = PageTimes.format((m.heldFrom() != null) ? m.heldFrom() : m.startsAt());
		String to = PageTimes.format((m.heldTo() != null) ? m.heldTo() : m.startsAt().plusMinutes(120));
		return new Values(from, to, text(m.chairId()), text(m.secretaryId()), m.guests(), m.resolution(),
				text(m.votesFor()), text(m.votesAgainst()), text(m.votesAbstain()), lines, agenda, m.version(), null);
	}

	private Values typed(Head head, MultiValueMap<String, String> p) {
		List<Line> lines = new ArrayList<>();
		for (MeetingRecords.ExpectedMember e : this.records.expectedMembers(head)) {
			String presence = p.getFirst("presence_" + e.personId());
			lines.add(new Line(e.personId(), e.fullName(), e.probationary(),
					(presence == null) ? Presence.PRESENT.name() : presence, p.getFirst("reason_" + e.personId()),
					p.containsKey("spoke_" + e.personId())));
		}
		List<HeldRecord.Agenda> agenda = new ArrayList<>();
		for (int i = 0; i < MeetingRecords.MAX_AGENDA; i++) {
			if (!p.containsKey("title_" + i) && !p.containsKey("notes_" + i)) {
				continue;
			}
			agenda.add(new HeldRecord.Agenda(p.getFirst("title_" + i), p.getFirst("notes_" + i),
					p.containsKey("criticism_" + i)));
		}
		int version;
		try {
			version = Integer.parseInt(String.valueOf(p.getFirst("version")).strip());
		}
		catch (NumberFormatException ex) {
			version = head.version();
		}
		return new Values(p.getFirst("heldFrom"), p.getFirst("heldTo"), p.getFirst("chairId"),
				p.getFirst("secretaryId"), p.getFirst("guests"), p.getFirst("resolution"), p.getFirst("votesFor"),
				p.getFirst("votesAgainst"), p.getFirst("votesAbstain"), lines, agenda, version, p.getFirst("reason"));
	}

	private static HeldRecord parse(Values v) {
		List<HeldRecord.Absence> absences = new ArrayList<>();
		List<Long> speakers = new ArrayList<>();
		for (Line l : v.lines()) {
			Presence presence = presence(l.presence());
			if (presence != Presence.PRESENT) {
				absences.add(new HeldRecord.Absence(l.personId(), presence, l.reason()));
			}
			else if (l.spoke()) {
				speakers.add(l.personId());
			}
		}
		return new HeldRecord(v.version(), PageTimes.parse("heldFrom", v.heldFrom()),
				PageTimes.parse("heldTo", v.heldTo()), id("chairId", v.chairId()), id("secretaryId", v.secretaryId()),
				v.guests(), absences, speakers, v.agenda(), v.resolution(), count("votesFor", v.votesFor()),
				count("votesAgainst", v.votesAgainst()), count("votesAbstain", v.votesAbstain()), v.reason());
	}

	private static Presence presence(String text) {
		try {
			return Presence.valueOf(text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Presence.PRESENT;
		}
	}

	private static Long id(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField(field, "meeting.record.notPresent", text.strip());
		}
	}

	private static Integer count(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int n = Integer.parseInt(text.strip());
			if (n < 0 || n > 10_000) {
				throw RuleViolationException.onField(field, "meeting.record.votesNegative");
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField(field, "meeting.number.invalid", text.strip());
		}
	}

	private static String text(Object o) {
		return (o == null) ? null : String.valueOf(o);
	}

}
