package vn.dangvu.meeting.minutes;

import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.meeting.MinutesVersion;
import vn.dangvu.meeting.minutes.MeetingMinutes.Minutes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.Downloads;
import vn.dangvu.platform.web.PageForms;

/**
 * The minutes from a meeting's page: PDF and DOCX downloads (a version with
 * {@code ?version=N}; a meeting without minutes is not found), and "Sign the minutes".
 */
@Controller
@RequiredArgsConstructor
class MinutesPages {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final MeetingMinutes minutes;

	private final PageForms forms;

	private final Messages messages;

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer version) {
		Minutes m = find(id, version);
		return Downloads.file(this.minutes.pdf(m), m.fileName("pdf"), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/meetings/{id}/minutes.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam(required = false) Integer version) {
		Minutes m = find(id, version);
		return Downloads.file(this.minutes.docx(m), m.fileName("docx"), DOCX);
	}

	@PostMapping("/meetings/{id}/minutes/sign")
	String sign(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		String back = "redirect:/meetings/" + id + "#minutes";
		return this.forms.act(redirect, () -> {
			MinutesVersion signed = this.minutes.sign(id, version, CurrentCaller.require());
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.minutes.signed", signed.version()));
			return back;
		}, back);
	}

	private Minutes find(long id, Integer version) {
		return this.minutes.find(id, version, CurrentCaller.require())
			.orElseThrow(() -> new NotFoundException("meeting.minutes.none", id));
	}

}
