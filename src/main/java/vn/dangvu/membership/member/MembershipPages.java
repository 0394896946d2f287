package vn.dangvu.membership.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.membership.admission.AdmissionQueries;
import vn.dangvu.membership.form.Choices;
import vn.dangvu.membership.form.DateField;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.membership.probation.ProbationList;
import vn.dangvu.membership.reminders.MembershipReminders;
import vn.dangvu.membership.transfer.TransferQueries;
import vn.dangvu.notification.Reminder;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;

/** The landing page and a member's timeline. */
@Controller
@RequiredArgsConstructor
class MembershipPages {

	private final AdmissionQueries admissions;

	private final ProbationList probation;

	private final TransferQueries transfers;

	private final MembershipReminders reminders;

	private final PartyStatus membership;

	private final Choices choices;

	private final Messages messages;

	private final Clock clock;

	/** Rows of a list the landing page shows before linking to the whole list. */
	static final int SHORT_LIST = 5;

	static final int FILES_PER_PAGE = 20;

	@GetMapping("/membership")
	String landing(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean closed,
			Model model) {
		Caller caller = CurrentCaller.require();
		// a union or youth officer has no Party admissions here: their own page instead
		if (!Scoped.canRecord(caller) && caller.hasAny(Role.UNION_OFFICER)) {
			return "redirect:/membership/union";
		}
		if (!Scoped.canRecord(caller) && caller.hasAny(Role.YOUTH_OFFICER)) {
			return "redirect:/membership/youth";
		}
		LocalDate today = VietnamTime.today(this.clock);
		model.addAttribute("canRecord", Scoped.canRecord(caller));
		model.addAttribute("cells", this.choices.cells(caller));
		// a new file's candidate is searched on demand (CandidatePages)
		model.addAttribute("today", DateField.format(today));
		model.addAttribute("files",
				this.admissions.list(caller, null, closed ? "CLOSED" : "OPEN", Math.max(page, 0), FILES_PER_PAGE));
		model.addAttribute("closed", closed);
		var probationSoon = this.probation.list(caller, null, today)
			.stream()
			.filter((p) -> p.daysLeft() <= 60)
			.toList();
		model.addAttribute("probationSoon", probationSoon.stream().limit(SHORT_LIST).toList());
		model.addAttribute("probationSoonTotal", probationSoon.size());
		var transfersUnderWay = this.transfers.list(caller, true);
		model.addAttribute("transfers", transfersUnderWay.stream().limit(SHORT_LIST).toList());
		model.addAttribute("transfersTotal", transfersUnderWay.size());
		// a summary: the committee office has a hundred reminders; the whole list is
		// /reminders
		List<Reminder> list = this.reminders.remindersFor(caller, today)
			.stream()
			.map((r) -> r.on(today))
			.sorted(Comparator.comparing((Reminder r) -> r.urgency().ordinal())
				.thenComparing(Reminder::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		model.addAttribute("reminders", list.stream().limit(SHORT_LIST).toList());
		model.addAttribute("reminderKinds",
				list.stream()
					.collect(java.util.stream.Collectors.groupingBy(Reminder::kind, java.util.LinkedHashMap::new,
							java.util.stream.Collectors.counting())));
		model.addAttribute("reminderTotal", list.size());
		model.addAttribute("reminderOverdue",
				list.stream().filter((r) -> r.urgency() == Reminder.Urgency.OVERDUE).count());
		return "membership/landing";
	}

	@GetMapping("/membership/members/{personId}")
	String member(@PathVariable long personId, @RequestParam(required = false) String asOf, Model model) {
		var events = this.membership.timeline(personId);
		LocalDate date;
		try {
			date = DateField.parse(asOf);
		}
		catch (IllegalArgumentException ex) {
			date = null;
			model.addAttribute("error", this.messages.text("membership.form.date"));
		}
		if (date == null) {
			date = VietnamTime.today(this.clock);
		}
		model.addAttribute("personId", personId);
		model.addAttribute("personName", this.choices.name(personId));
		model.addAttribute("events", events);
		model.addAttribute("status", this.membership.statusOn(personId, date));
		model.addAttribute("asOf", DateField.format(date));
		model.addAttribute("cellName", null);
		var status = this.membership.statusOn(personId, date);
		if (status.cellId() != null) {
			model.addAttribute("cellName", this.choices.unitName(status.cellId()));
		}
		return "membership/member";
	}

}
