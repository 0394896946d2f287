package vn.dangvu.identity.signin;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dangvu.platform.DemoMode;

/** The sign-in page; in demo mode it lists the demo accounts. */
@Controller
@RequiredArgsConstructor
class LoginController {

	/** Set by the failure handler when the next attempt must wait (decision 0167). */
	static final String WAIT_SECONDS = "dangvu.login.waitSeconds";

	static final List<String[]> DEMO_ACCOUNTS = List.of(new String[] { "admin", "account.login.demo.role.admin" },
			new String[] { "vanphong", "account.login.demo.role.office" },
			new String[] { "bithu.cautreo", "account.login.demo.role.secretary" },
			new String[] { "congdoan", "account.login.demo.role.union" },
			new String[] { "dangvien", "account.login.demo.role.member" });

	private final DemoMode demo;

	private final MessageSource messages;

	@GetMapping("/login")
	String login(HttpSession session, Model model, Locale locale) {
		if (session.getAttribute(WAIT_SECONDS) instanceof Long seconds) {
			session.removeAttribute(WAIT_SECONDS);
			String wait = (seconds < 120)
					? this.messages.getMessage("account.login.wait.seconds", new Object[] { seconds }, locale)
					: this.messages.getMessage("account.login.wait.minutes", new Object[] { (seconds + 59) / 60 },
							locale);
			model.addAttribute("waitFor", wait);
		}
		model.addAttribute("demo", this.demo.isEnabled());
		model.addAttribute("demoAccounts", this.demo.isEnabled() ? DEMO_ACCOUNTS : List.of());
		return "identity/login";
	}

}
