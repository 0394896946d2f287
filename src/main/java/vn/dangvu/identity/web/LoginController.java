package vn.dangvu.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dangvu.platform.DemoMode;

/** The sign-in page; in demo mode it lists the demo accounts. */
@Controller
class LoginController {

	static final String LOCKED_UNTIL = "dangvu.login.lockedUntil";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	static final List<String[]> DEMO_ACCOUNTS = List.of(new String[] { "admin", "account.login.demo.role.admin" },
			new String[] { "vanphong", "account.login.demo.role.office" },
			new String[] { "bithu.cautreo", "account.login.demo.role.secretary" },
			new String[] { "congdoan", "account.login.demo.role.union" },
			new String[] { "dangvien", "account.login.demo.role.member" });

	private final DemoMode demo;

	LoginController(DemoMode demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object until = session.getAttribute(LOCKED_UNTIL);
		if (until instanceof Instant instant) {
			session.removeAttribute(LOCKED_UNTIL);
			model.addAttribute("lockedUntil", TIME.format(instant));
		}
		model.addAttribute("demo", this.demo.isEnabled());
		model.addAttribute("demoAccounts", this.demo.isEnabled() ? DEMO_ACCOUNTS : List.of());
		return "identity/login";
	}

}
