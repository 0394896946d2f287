package vn.dangvu.meeting.member;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.membership.MemberSelfApi;
import vn.dangvu.notification.NotificationApi;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;

/**
 * The member's page for a phone, {@code /me/meetings} (decision 0228): the next meeting
 * and its documents, attendance this year, dues, the notices and the study list, each
 * from its module's face. It is the start page of the installed app and the page its
 * service worker keeps for reading offline.
 */
@Controller
@RequiredArgsConstructor
class MemberMeetingPages {

	/** How many of the member's latest notices the page shows. */
	static final int NOTICES = 5;

	private static final DateTimeFormatter LOADED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final MemberMeetings meetings;

	private final MemberSelfApi self;

	private final NotificationApi notifications;

	private final DirectiveApi directives;

	private final PageForms forms;

	private final Messages messages;

	private final Clock clock;

	@GetMapping("/me/meetings")
	String mine(Model model) {
		Caller caller = CurrentCaller.require();
		MyMeetings mine = this.meetings.mine(caller);
		LocalDate today = VietnamTime.today(this.clock);
		model.addAttribute("mine", mine);
		model.addAttribute("personId", caller.personId());
		model.addAttribute("ownDues", mine.member() ? this.self.ownDues(caller, today).orElse(null) : null);
		model.addAttribute("study", mine.member() ? this.directives.studyList(caller) : List.of());
		model.addAttribute("notices",
				(caller.personId() == null) ? null : this.notifications.noticesFor(caller, 0, NOTICES));
		model.addAttribute("loadedAt", LOADED.format(this.clock.instant().atZone(VietnamTime.ZONE)));
		// the layout links the app's manifest on this page only
		model.addAttribute("memberApp", true);
		return "meeting/mine";
	}

	@PostMapping("/me/meetings/{meetingId}/documents/{documentId}/read")
	String markRead(@PathVariable long meetingId, @PathVariable long documentId, RedirectAttributes redirect) {
		String back = "redirect:/me/meetings";
		return this.forms.act(redirect, () -> {
			this.meetings.markRead(meetingId, documentId, CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.mine.markedRead"));
			return back;
		}, back);
	}

}
