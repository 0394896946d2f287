package vn.dangvu.reporting.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.StudyItem;
import vn.dangvu.membership.MemberEvent;
import vn.dangvu.membership.MemberSelfApi;
import vn.dangvu.membership.MembershipApi;
import vn.dangvu.notification.NotificationApi;
import vn.dangvu.notification.Reminder;
import vn.dangvu.organisation.OrganisationApi;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.people.PeopleCounts;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.programme.ProgrammeApi;

/**
 * The home dashboard: units and people in the caller's scope, with a chart and what needs
 * attention.
 */
@Controller
@RequiredArgsConstructor
class HomePages {

	/** The caller's own open activities shown at most. */
	static final int OWN_ACTIVITIES = 5;

	private final UnitScopes scopes;

	private final OrganisationApi organisation;

	private final PeopleApi people;

	private final Messages messages;

	private final NotificationApi notifications;

	private final MembershipApi membership;

	private final MemberSelfApi self;

	private final DirectiveApi directives;

	private final ProgrammeApi programmes;

	private final Clock clock;

	@GetMapping("/")
	String home(Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("caller", caller);
		List<Reminder> reminders = this.notifications.remindersFor(caller)
			.stream()
			.filter((r) -> r.urgency() != Reminder.Urgency.INFO)
			.toList();
		model.addAttribute("reminders", reminders.subList(0, Math.min(5, reminders.size())));
		model.addAttribute("reminderTotal", reminders.size());
		model.addAttribute("ownActivities",
				this.programmes.ownActivities(caller, VietnamTime.today(this.clock), OWN_ACTIVITIES));
		if (caller.isSelfOnly()) {
			var self = (caller.personId() == null) ? null : this.people.find(caller.personId()).orElse(null);
			model.addAttribute("self", self);
			if (self != null) {
				memberHome(caller, model);
			}
			return "reporting/home-member";
		}
		UnitScope scope = this.scopes.of(caller);
		Map<UnitKind, Long> units = new EnumMap<>(UnitKind.class);
		units.putAll(this.organisation.countUnitsByKind(scope));
		PeopleCounts counts = this.people.countPeople(scope);
		model.addAttribute("units", units);
		model.addAttribute("cellCount", units.getOrDefault(UnitKind.CELL, 0L));
		model.addAttribute("unitTotal", units.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("people", counts);
		model.addAttribute("scopeUnits",
				caller.scopeUnitIds()
					.stream()
					.map(this.organisation::find)
					.flatMap(java.util.Optional::stream)
					.toList());
		List<String> labels = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		units.forEach((kind, n) -> {
			if (n > 0) {
				String label = this.messages.textOrNull("unit.kind." + kind.name());
				labels.add(label != null ? label : kind.name());
				values.add(n);
			}
		});
		model.addAttribute("unitChartLabels", labels);
		model.addAttribute("unitChartValues", values);
		model.addAttribute("peopleChartLabels",
				List.of(this.messages.text("dashboard.people.party"), this.messages.text("dashboard.people.union"),
						this.messages.text("dashboard.people.youth"), this.messages.text("dashboard.people.nonParty")));
		model.addAttribute("peopleChartValues", List.of(counts.partyMembers(), counts.unionMembers(),
				counts.youthMembers(), counts.total() - counts.partyMembers()));
		return "reporting/home";
	}

	/**
	 * A member's own things: Party standing, dues owed, the latest of their timeline and
	 * the directives their cell studies.
	 */
	private void memberHome(Caller caller, Model model) {
		LocalDate today = VietnamTime.today(this.clock);
		long personId = caller.personId();
		model.addAttribute("status", this.membership.statusOn(personId, today));
		model.addAttribute("ownDues", this.self.ownDues(caller, today).orElse(null));
		List<MemberEvent> events = new ArrayList<>(this.membership.timeline(personId));
		Collections.reverse(events);
		model.addAttribute("events", events.subList(0, Math.min(5, events.size())));
		List<StudyItem> study = this.directives.studyList(caller);
		model.addAttribute("study", study.stream().filter((i) -> i.studiedAt() == null).limit(5).toList());
		model.addAttribute("studyOpen", study.stream().filter((i) -> i.studiedAt() == null).count());
		model.addAttribute("studyTotal", study.size());
	}

}
