package vn.dangvu.notification.mail;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;

/**
 * The mail outbox, for administrators: every mail newest first, searched by recipient or
 * subject, each readable in full; and where the mails go (demo mode, no server, the
 * server).
 */
@Controller
@RequestMapping("/notifications/outbox")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class OutboxPages {

	private final OutboxQueries queries;

	private final MailServer server;

	private final TableSheet sheet;

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
		model.addAttribute("counts", this.queries.counts());
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
