package vn.dangvu.notification.mail;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.text.Messages;

/**
 * The mail outbox, for administrators: every mail newest first, searched by recipient or
 * subject, each readable in full; where the mails go (demo mode, no server, the server);
 * and the failed mails sent again, one or all.
 */
@Controller
@RequestMapping("/notifications/outbox")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class OutboxPages {

	private final OutboxQueries queries;

	private final MailServer server;

	private final TableSheet sheet;

	private final MailRetry retry;

	private final Messages messages;

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String format, Model model,
			HttpServletResponse response) throws IOException {
		MailStatus only = status(status);
		String search = (q == null) ? "" : q.strip();
		TableRequest request = OutboxQueries.TABLE.request(page, size, sort);
		if (TableSheet.wanted(format)) {
			this.sheet.write(OutboxQueries.TABLE, this.queries.page(search, only, request.unpaged()).rows(), response);
			return null;
		}
		OutboxQueries.Table table = this.queries.page(search, only, request);
		model.addAttribute("table", OutboxQueries.TABLE.page(table.rows(), table.total(), table.request()));
		model.addAttribute("q", search);
		model.addAttribute("status", only);
		model.addAttribute("statuses", MailStatus.values());
		Map<MailStatus, Long> counts = this.queries.counts();
		model.addAttribute("counts", counts);
		model.addAttribute("failed", counts.get(MailStatus.FAILED));
		model.addAttribute("delivery", this.server.current().mode().name());
		model.addAttribute("server", this.server.current().server());
		return "notification/outbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", this.queries.one(id));
		model.addAttribute("delivery", this.server.current().mode().name());
		return "notification/outbox-mail";
	}

	/** Sends a failed mail again (to the person's address as it is now). */
	@PostMapping("/{id}/again")
	String again(@PathVariable long id, RedirectAttributes redirect) {
		if (this.retry.one(id)) {
			redirect.addFlashAttribute("flashMessage", this.messages.text("outbox.retry.one"));
		}
		else {
			redirect.addFlashAttribute("flashError", this.messages.text("outbox.retry.notFailedPage"));
		}
		return "redirect:/notifications/outbox/" + id;
	}

	/** Sends every failed mail again. */
	@PostMapping("/again")
	String againAll(RedirectAttributes redirect) {
		int count = this.retry.all();
		redirect.addFlashAttribute("flashMessage", this.messages.text("outbox.retry.all", count));
		return "redirect:/notifications/outbox?status=QUEUED";
	}

	/** A status filter that is not one is ignored (all mails), never a 400. */
	private static MailStatus status(String text) {
		for (MailStatus s : MailStatus.values()) {
			if (s.name().equals(text)) {
				return s;
			}
		}
		return null;
	}

}
