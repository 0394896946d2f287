package vn.dangvu.membership.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Bulk dues entry (decision 0185): a unit's month on one screen, every member ticked
 * "paid", the exceptions unticked, one save; and the undo of that save.
 */
@Controller
class DuesBatchController {

	private final DuesLedgers ledgers;

	private final DuesBatches batches;

	private final MessageSource messages;

	private final Clock clock;

	DuesBatchController(DuesLedgers ledgers, DuesBatches batches, MessageSource messages, Clock clock) {
		this.ledgers = ledgers;
		this.batches = batches;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/membership/dues/batch", "/membership/union/dues/batch" })
	String form(@RequestParam(defaultValue = "PARTY") DuesKind kind, @RequestParam String unit,
			@RequestParam(required = false) String month, Model model) {
		DuesKind k = kind;
		YearMonth m = month(month);
		Caller caller = CurrentCaller.require();
		Ledger ledger = this.ledgers.ledger(caller, k, unitId(unit), m);
		model.addAttribute("kind", k.name());
		model.addAttribute("base", base(k));
		model.addAttribute("ledger", ledger);
		model.addAttribute("unitId", ledger.unitId());
		model.addAttribute("month", m.toString());
		model.addAttribute("monthLabel", text("dues.monthLabel", m.getMonthValue(), String.valueOf(m.getYear())));
		model.addAttribute("today", VietnamTime.today(this.clock));
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
		YearMonth m;
		try {
			m = DuesInput.month("month", month);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
			return "redirect:" + base(k) + "/batch?kind=" + k + "&unit=" + unitId;
		}
		try {
			LocalDate day = (paidOn == null || paidOn.isBlank()) ? VietnamTime.today(this.clock)
					: DuesInput.pageDate("paidOn", paidOn);
			List<Long> ids = new ArrayList<>();
			if (persons != null) {
				persons.forEach((p) -> ids.add(DuesInput.id("person", p)));
			}
			DuesBatches.Result result = this.batches.record(CurrentCaller.require(), k, unitId, m, ids,
					(method == null) ? "CASH" : method, day);
			redirect.addFlashAttribute("flashMessage", text("dues.batch.done", result.recorded(), result.skipped()));
			redirect.addFlashAttribute("batchPayments", result.paymentIds());
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
			return "redirect:" + base(k) + "/batch?kind=" + k + "&unit=" + unitId + "&month=" + m;
		}
		return "redirect:" + DuesController.ledgerUrl(k, unitId, m, null);
	}

	@PostMapping({ "/membership/dues/batch/undo", "/membership/union/dues/batch/undo" })
	String undo(@RequestParam(defaultValue = "PARTY") DuesKind kind, @RequestParam String unit,
			@RequestParam String month, @RequestParam(name = "payment", required = false) List<String> payments,
			RedirectAttributes redirect) {
		DuesKind k = kind;
		long unitId = unitId(unit);
		YearMonth m = month(month);
		try {
			List<Long> ids = new ArrayList<>();
			if (payments != null) {
				payments.forEach((p) -> ids.add(DuesInput.id("payment", p)));
			}
			int undone = this.batches.reverse(CurrentCaller.require(), ids);
			redirect.addFlashAttribute("flashMessage", text("dues.batch.undone", undone));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return "redirect:" + DuesController.ledgerUrl(k, unitId, m, null);
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
		if (month == null || month.isBlank()) {
			return YearMonth.from(VietnamTime.today(this.clock));
		}
		try {
			return DuesInput.month("month", month);
		}
		catch (DomainException ex) {
			return YearMonth.from(VietnamTime.today(this.clock));
		}
	}

	private static String base(DuesKind kind) {
		return (kind == DuesKind.PARTY) ? "/membership/dues" : "/membership/union/dues";
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
