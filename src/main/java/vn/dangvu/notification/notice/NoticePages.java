package vn.dangvu.notification.notice;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.notification.NoticeView;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.text.Messages;

/**
 * The caller's notices: the list (newest first, paged, exported), one notice, marking
 * read. Only the caller's own: another person's notice is not found.
 */
@Controller
@RequiredArgsConstructor
class NoticePages {

	private final NoticeQueries queries;

	private final NoticeService service;

	private final TableSheet sheet;

	private final Messages messages;

	@GetMapping("/notifications")
	String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String format, Model model,
			HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.require();
		TableRequest request = NoticeQueries.TABLE.request(page, size, sort);
		if (TableSheet.wanted(format)) {
			this.sheet.write(NoticeQueries.TABLE, this.queries.table(caller, request.unpaged()).rows(), response);
			return null;
		}
		NoticeQueries.Table table = this.queries.table(caller, request);
		model.addAttribute("table", NoticeQueries.TABLE.page(table.rows(), table.total(), table.request()));
		model.addAttribute("unread", this.queries.unreadCount(caller));
		model.addAttribute("isAdmin", caller.isAdmin());
		model.addAttribute("isPerson", caller.personId() != null);
		return "notification/notices";
	}

	@GetMapping("/notifications/{id}")
	String show(@PathVariable long id, Model model) {
		NoticeView notice = this.queries.one(CurrentCaller.require(), id);
		model.addAttribute("notice", notice);
		return "notification/notice";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		this.service.markRead(id, CurrentCaller.require());
		redirect.addFlashAttribute("flashMessage", this.messages.text("notice.markedRead"));
		return "redirect:" + ("list".equals(back) ? "/notifications" : "/notifications/" + id);
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(RedirectAttributes redirect) {
		int count = this.service.markAllRead(CurrentCaller.require());
		redirect.addFlashAttribute("flashMessage", this.messages.text("notice.markedAllRead", count));
		return "redirect:/notifications";
	}

}
