package vn.dangvu.notification.reminder;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.notification.Reminder;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.table.TableSpec;

/** The caller's reminders: the page, and the count shown in the navigation bar. */
@Controller
@RequiredArgsConstructor
class ReminderPages {

	private final Reminders notifications;

	/** The reminders' columns: the page's headers, its sort whitelist and its export. */
	static final TableSpec<Reminder> REMINDERS = TableSpec.of("nhac-viec", "reminder.title", "urgency", true,
			TableColumn
				.<Reminder>of("urgency", "reminder.col.urgency",
						(r) -> new TableColumn.Text("reminder.urgency." + r.urgency().name()))
				.sortedBy(Reminder::urgency),
			TableColumn.<Reminder>fixed("text", "reminder.col.text",
					(r) -> new TableColumn.Text(r.messageKey(), r.args().toArray())),
			TableColumn.of("dueOn", "reminder.col.dueOn", Reminder::dueOn));

	private final TableSheet sheet;

	/** How long a browser keeps the navigation bar's badge. */
	static final int BADGE_KEPT_SECONDS = 60;

	@GetMapping("/reminders")
	String list(@RequestParam(required = false) String urgency, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String format, Model model, HttpServletResponse response)
			throws IOException {
		List<Reminder> all = this.notifications.remindersFor(CurrentCaller.require());
		Reminder.Urgency only = urgency(urgency);
		List<Reminder> shown = only == null ? all : all.stream().filter((r) -> r.urgency() == only).toList();
		TableRequest request = REMINDERS.request(page, size, sort);
		if (TableSheet.wanted(format)) {
			this.sheet.write(REMINDERS, REMINDERS.sort(shown, request), response);
			return null;
		}
		TablePage<Reminder> table = REMINDERS.page(shown, request);
		model.addAttribute("table", table);
		model.addAttribute("reminders", table.getContent());
		model.addAttribute("total", shown.size());
		model.addAttribute("overdue", all.stream().filter((r) -> r.urgency() == Reminder.Urgency.OVERDUE).count());
		model.addAttribute("dueToday", all.stream().filter((r) -> r.urgency() == Reminder.Urgency.DUE_TODAY).count());
		model.addAttribute("dueSoon", all.stream().filter((r) -> r.urgency() == Reminder.Urgency.DUE_SOON).count());
		model.addAttribute("info", all.stream().filter((r) -> r.urgency() == Reminder.Urgency.INFO).count());
		model.addAttribute("all", all.size());
		model.addAttribute("urgency", only);
		return "notification/reminders";
	}

	/**
	 * An urgency filter that is not one is ignored (the whole list), never a 400 or 500.
	 */
	private static Reminder.Urgency urgency(String text) {
		for (Reminder.Urgency u : Reminder.Urgency.values()) {
			if (u.name().equals(text)) {
				return u;
			}
		}
		return null;
	}

	/**
	 * The badge in the navigation bar: overdue and due-soon reminders. Every page asks
	 * for it, so the browser keeps it for {@value #BADGE_KEPT_SECONDS} seconds (decision
	 * 0278): its address carries the browser's last form ({@code w}) and the language
	 * ({@code l}), so one's own change or another language asks again at once; others'
	 * changes show within that time.
	 */
	@GetMapping("/reminders/count")
	String count(Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(Duration.ofSeconds(BADGE_KEPT_SECONDS)).cachePrivate().getHeaderValue());
		long pressing = this.notifications.remindersFor(CurrentCaller.require())
			.stream()
			.filter((r) -> r.urgency() != Reminder.Urgency.INFO)
			.count();
		model.addAttribute("pressing", pressing);
		return "notification/count :: badge";
	}

}
