package vn.dangvu.membership.dues;

import java.time.YearMonth;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * A member's dues page (/membership/dues/person/{id}): insured salaries and pensions, the
 * Party dues category, and the member's own Party dues this year.
 */
@Controller
@RequiredArgsConstructor
class SalaryPages {

	private final DuesLedgers ledgers;

	private final InsuredSalaries salaries;

	private final DuesForms forms;

	@GetMapping("/membership/dues/person/{id}")
	String person(@PathVariable long id, @RequestParam(required = false) DuesKind kind,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String month, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("history", this.salaries.history(caller, id));
		model.addAttribute("personId", id);
		model.addAttribute("personName", this.salaries.name(id));
		model.addAttribute("categories", this.ledgers.partyCategories());
		model.addAttribute("categoryLabels", this.forms.categoryLabels(this.ledgers.partyCategories()));
		model.addAttribute("currentCategory", this.salaries.category(id, this.forms.today()));
		model.addAttribute("canEdit", InsuredSalaries.mayEnter(caller));
		model.addAttribute("own", this.ledgers.ownPartyDues(id, this.forms.today()).orElse(null));
		model.addAttribute("kind", (kind != null) ? kind.name() : "PARTY");
		model.addAttribute("unit", unit);
		model.addAttribute("month", month);
		model.addAttribute("today", this.forms.today());
		model.addAttribute("backUrl",
				(unit != null)
						? DuesForms.ledgerUrl((kind != null) ? kind : DuesKind.PARTY, unit,
								(month != null) ? this.forms.month(month) : YearMonth.from(this.forms.today()), null)
						: null);
		return "membership/dues/person";
	}

	@PostMapping("/membership/dues/person/{id}/salary")
	String setSalary(@PathVariable long id, @RequestParam(required = false) String salaryKind,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String validFrom,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String month, RedirectAttributes redirect) {
		this.forms.act(redirect, () -> {
			this.salaries.set(CurrentCaller.require(), id, (salaryKind == null) ? "SALARY" : salaryKind,
					DuesInput.money("amount", amount), DuesInput.pageDate("validFrom", validFrom));
			return this.forms.text("dues.salary.saved");
		});
		return personRedirect(id, kind, unit, month);
	}

	@PostMapping("/membership/dues/person/{id}/category")
	String setCategory(@PathVariable long id, @RequestParam(required = false) String category,
			@RequestParam(required = false) String validFrom, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		this.forms.act(redirect, () -> {
			this.salaries.setCategory(CurrentCaller.require(), id, category,
					DuesInput.pageDate("validFrom", validFrom));
			return this.forms.text("dues.category.saved");
		});
		return personRedirect(id, kind, unit, month);
	}

	private static String personRedirect(long id, String kind, Long unit, String month) {
		String url = "/membership/dues/person/" + id;
		if (unit != null) {
			url += "?kind=" + ((kind != null) ? kind : "PARTY") + "&unit=" + unit
					+ ((month != null) ? "&month=" + month : "");
		}
		return "redirect:" + url;
	}

}
