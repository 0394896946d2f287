package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * Bulk dues entry (decision 0185): a unit's month on one screen, every member ticked
 * "paid", the exceptions unticked, one save; and the undo of that save.
 */
@Controller
@RequiredArgsConstructor
class DuesBatchController {

	private final DuesLedgers ledgers;

	private final DuesBatches batches;

	private final DuesForms forms;

	@GetMapping({ "/membership/dues/batch", "/membership/union/dues/batch" })
	String form(@RequestParam(defaultValue = "PARTY") DuesKind kind, @RequestParam String unit,
			@RequestParam(required = false) String month, Model model) {
		DuesKind k = kind;
		YearMonth m = month(month);
		Caller caller = CurrentCaller.require();
		Ledger ledger = this.ledgers.ledger(caller, k, unitId(unit), m);
		model.addAttribute("kind", k.name());
		model.addAttribute("base", DuesForms.base(k));
		model.addAttribute("ledger", ledger);
		model.addAttribute("unitId", ledger.unitId());
		model.addAttribute("month", m.toString());
		model.addAttribute("monthLabel", text("dues.monthLabel", m.getMonthValue(), String.valueOf(m.getYear())));
		model.addAttribute("today", this.forms.today());
		model.addAttribute("methods", DuesPayments.METHODS);
		model.addAttribute("open", ledger.rows().stream().filter((r) -> !r.paid() && r.problem() == null).count());
		return "membership/dues/batch";
	}

	@PostMapping({ "/membership/dues/batch", "/membership/union/dues/batch" })
	String save(@RequestParam(defaultValue = "PARTY") DuesKind kind, @RequestParam String unit,
			@RequestParam String month, @RequestParam(name = "person", required = false) List<String> persons,
			@RequestParam(required = false) String method, @RequestParam(required = false) String paidOn,
			RedirectAttributes redirect) {
		DuesKind k = kind;
		long unitId = unitId(unit);
		YearMonth m = this.forms.orFlash(redirect, () -> DuesInput.month("month", month));
		if (m == null) {
			return "redirect:" + DuesForms.base(k) + "/batch?kind=" + k + "&unit=" + unitId;
		}
		boolean saved = this.forms.act(redirect, () -> {
			LocalDate day = this.forms.paidOn(paidOn);
			List<Long> ids = new ArrayList<>();
			if (persons != null) {
				persons.forEach((p) -> ids.add(DuesInput.id("person", p)));
			}
			DuesBatches.Result result = this.batches.record(CurrentCaller.require(), k, unitId, m, ids,
					(method == null) ? "CASH" : method, day);
			redirect.addFlashAttribute("batchPayments", result.paymentIds());
			return text("dues.batch.done", result.recorded(), result.skipped());
		});
		if (!saved) {
			return "redirect:" + DuesForms.base(k) + "/batch?kind=" + k + "&unit=" + unitId + "&month=" + m;
		}
		return "redirect:" + DuesForms.ledgerUrl(k, unitId, m, null);
	}

	@PostMapping({ "/membership/dues/batch/undo", "/membership/union/dues/batch/undo" })
	String undo(@RequestParam(defaultValue = "PARTY") DuesKind kind, @RequestParam String unit,
			@RequestParam String month, @RequestParam(name = "payment", required = false) List<String> payments,
			RedirectAttributes redirect) {
		DuesKind k = kind;
		long unitId = unitId(unit);
		YearMonth m = month(month);
		this.forms.act(redirect, () -> {
			List<Long> ids = new ArrayList<>();
			if (payments != null) {
				payments.forEach((p) -> ids.add(DuesInput.id("payment", p)));
			}
			return text("dues.batch.undone", this.batches.reverse(CurrentCaller.require(), ids));
		});
		return "redirect:" + DuesForms.ledgerUrl(k, unitId, m, null);
	}

	private static long unitId(String unit) {
		try {
			return Long.parseLong(unit.trim());
		}
		catch (NumberFormatException ex) {
			throw NotFoundException.of("unit", unit);
		}
	}

	private YearMonth month(String month) {
		return DuesInput.pageMonth(month).orElseGet(() -> YearMonth.from(this.forms.today()));
	}

	private String text(String key, Object... args) {
		return this.forms.text(key, args);
	}

}
