package vn.dangvu.meeting.notice;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.notification.SentNotice;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.PageForms;

/** "Send the notice" on a planned meeting's page. */
@Controller
@RequiredArgsConstructor
class MeetingNoticePages {

	private final MeetingNotices notices;

	private final PageForms forms;

	private final Messages messages;

	@PostMapping("/meetings/{id}/notify")
	String notify(@PathVariable long id, RedirectAttributes redirect) {
		String back = "redirect:/meetings/" + id;
		return this.forms.act(redirect, () -> {
			SentNotice sent = this.notices.notify(id, CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage",
					this.messages.text("meeting.notice.sent", sent.recipients(), sent.mails()));
			return back;
		}, back);
	}

}
