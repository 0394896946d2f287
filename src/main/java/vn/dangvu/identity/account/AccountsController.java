package vn.dangvu.identity.account;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.identity.NewAccount;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.web.PageForms;

/** Administration of accounts: administrators only. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AccountsController {

	private static final int PAGE_SIZE = 25;

	private final Accounts accounts;

	private final AccountQueries queries;

	private final MessageSource messages;

	private final PageForms forms;

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", this.queries.search(q, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/accounts").queryParam("q", q).toUriString());
		return "identity/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, AccountForm.blank(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			form.getGrants().removeIf(AccountForm.GrantRow::isBlank);
			form.setPassword(null);
			form.padRows();
			return form(model, form, null);
		}
		return this.forms.submitKeepingStatus(binding, () -> {
			Accounts.Created created = this.accounts.create(new NewAccount(form.getUsername(), form.getDisplayName(),
					form.getPassword(), form.getPersonId(), form.compactGrants()));
			redirect.addFlashAttribute("flashMessage", text("account.created"));
			if (created.generatedPassword() != null) {
				redirect.addFlashAttribute("oneTimePassword", created.generatedPassword());
			}
			return "redirect:/accounts/" + created.id();
		}, () -> {
			form.setPassword(null);
			form.padRows();
			return form(model, form, null);
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("account", this.queries.require(id));
		model.addAttribute("self", CurrentCaller.require().accountId() == id);
		return "identity/account";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		AccountRow account = this.queries.require(id);
		return form(model, AccountForm.of(account), account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		AccountRow account = this.queries.require(id);
		if (binding.hasErrors()) {
			form.getGrants().removeIf(AccountForm.GrantRow::isBlank);
			form.setUsername(account.username());
			form.padRows();
			return form(model, form, account);
		}
		return this.forms.submitKeepingStatus(binding, () -> {
			this.accounts.update(id, form.getDisplayName(), form.getPersonId(), form.compactGrants());
			redirect.addFlashAttribute("flashMessage", text("account.updated"));
			return "redirect:/accounts/" + id;
		}, () -> {
			form.setUsername(account.username());
			form.padRows();
			return form(model, form, account);
		});
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("oneTimePassword", this.accounts.resetPassword(id));
		redirect.addFlashAttribute("flashMessage", text("account.passwordReset"));
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		redirect.addFlashAttribute("flashMessage", text("account.unlocked"));
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		String back = "redirect:/accounts/" + id;
		return this.forms.attempt(PageForms::any,
				(ex) -> redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args())), () -> {
					this.accounts.setEnabled(id, enabled, CurrentCaller.require());
					redirect.addFlashAttribute("flashMessage",
							text(enabled ? "account.enabledNow" : "account.disabledNow"));
					return back;
				}, () -> back);
	}

	private String form(Model model, AccountForm form, AccountRow account) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("units", this.queries.grantableUnits());
		return "identity/account-form";
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
