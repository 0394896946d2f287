package vn.dangvu.identity.token;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.web.PageForms;

/** Personal API tokens of the signed-in account. */
@Controller
@RequestMapping("/tokens")
@RequiredArgsConstructor
class TokensController {

	private final ApiTokens tokens;

	private final MessageSource messages;

	private final PageForms forms;

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", this.tokens.listOwn(CurrentCaller.require()));
		model.addAttribute("maxExpiryDays", ApiTokens.MAX_EXPIRY_DAYS);
		return "identity/tokens";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer expiryDays,
			RedirectAttributes redirect) {
		return this.forms.attempt(PageForms::reshown, (ex) -> {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
			redirect.addFlashAttribute("name", name);
		}, () -> {
			ApiTokens.NewToken token = this.tokens.create(CurrentCaller.require(), name, expiryDays);
			redirect.addFlashAttribute("newToken", token.secret());
			redirect.addFlashAttribute("flashMessage", text("account.token.created"));
			return "redirect:/tokens";
		}, () -> "redirect:/tokens");
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(CurrentCaller.require(), id);
		redirect.addFlashAttribute("flashMessage", text("account.token.revoked"));
		return "redirect:/tokens";
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
