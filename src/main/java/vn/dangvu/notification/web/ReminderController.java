package vn.dangvu.notification.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.notification.NotificationApi;
import vn.dangvu.notification.Reminder;
import vn.dangvu.platform.security.CurrentCaller;

/** The caller's reminders: the page, and the count shown in the navigation bar. */
@Controller
class ReminderController {

	private static final int PAGE_SIZE = 50;

	private final NotificationApi notifications;

	ReminderController(NotificationApi notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/reminders")
	String list(@RequestParam(required = false) Reminder.Urgency urgency, @RequestParam(defaultValue = "0") int page,
			Model model) {
		List<Reminder> all = this.notifications.remindersFor(CurrentCaller.require());
		List<Reminder> shown = urgency == null ? all : all.stream().filter((r) -> r.urgency() == urgency).toList();
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int p = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("reminders", shown.subList(p * PAGE_SIZE, Math.min(shown.size(), (p + 1) * PAGE_SIZE)));
		model.addAttribute("total", shown.size());
		model.addAttribute("overdue", all.stream().filter((r) -> r.urgency() == Reminder.Urgency.OVERDUE).count());
		model.addAttribute("dueToday", all.stream().filter((r) -> r.urgency() == Reminder.Urgency.DUE_TODAY).count());
		model.addAttribute("dueSoon", all.stream().filter((r) -> r.urgency() == Reminder.Urgency.DUE_SOON).count());
		model.addAttribute("info", all.stream().filter((r) -> r.urgency() == Reminder.Urgency.INFO).count());
		model.addAttribute("all", all.size());
		model.addAttribute("urgency", urgency);
		model.addAttribute("page", p);
		model.addAttribute("pages", pages);
		return "notification/reminders";
	}

	/** The badge in the navigation bar: overdue and due-soon reminders. */
	@GetMapping("/reminders/count")
	String count(Model model) {
		long pressing = this.notifications.remindersFor(CurrentCaller.require())
			.stream()
			.filter((r) -> r.urgency() != Reminder.Urgency.INFO)
			.count();
		model.addAttribute("pressing", pressing);
		return "notification/count :: badge";
	}

}
