package vn.dangvu.membership.dues;

import java.time.Clock;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The dues pages: the Party dues ledger of a cell (/membership/dues), the union dues
 * ledger (/membership/union/dues), recording and undoing payments, the XLSX export, and a
 * member's salary and category.
 */
@Controller
class DuesController {

	static final int PAGE_SIZE = 50;

	private final DuesLedgers ledgers;

	private final DuesPayments payments;

	private final InsuredSalaries salaries;

	private final LedgerSheet sheet;

	private final MessageSource messages;

	private final Clock clock;

	DuesController(DuesLedgers ledgers, DuesPayments payments, InsuredSalaries salaries, LedgerSheet sheet,
			MessageSource messages, Clock clock) {
		this.ledgers = ledgers;
		this.payments = payments;
		this.salaries = salaries;
		this.sheet = sheet;
		this.messages = messages;
		this.clock = clock;
	}

	/** A ledger's columns: the page's sortable headers (decision 0186). */
	static final TableSpec<Ledger.Row> PARTY_LEDGER = ledgerSpec(true);

	static final TableSpec<Ledger.Row> UNION_LEDGER = ledgerSpec(false);

	private static TableSpec<Ledger.Row> ledgerSpec(boolean party) {
		List<TableColumn<Ledger.Row>> columns = new ArrayList<>();
		columns.add(TableColumn.ofName("name", "dues.col.name", Ledger.Row::fullName));
		if (party) {
			columns.add(TableColumn.<Ledger.Row>of("category", "dues.col.category",
					(r) -> new TableColumn.Text("dues.category." + r.category()))
				.sortedBy(Ledger.Row::category));
		}
		columns.add(TableColumn.of("base", "dues.col.base", Ledger.Row::base));
		columns.add(TableColumn.of("rate", "dues.col.rate", Ledger.Row::ratePercent));
		columns.add(TableColumn.of("due", "dues.col.due", Ledger.Row::amountDue));
		columns.add(TableColumn.of("status", "dues.col.status", Ledger.Row::paidAmount));
		columns.add(TableColumn.of("unpaidMonths", "dues.col.unpaidMonths", Ledger.Row::unpaidMonthsInYear));
		return new TableSpec<>(party ? "dang-phi" : "doan-phi", party ? "dues.party.title" : "dues.union.title",
				columns, "name", true, PAGE_SIZE);
	}

	static TableSpec<Ledger.Row> spec(DuesKind kind) {
		return (kind == DuesKind.PARTY) ? PARTY_LEDGER : UNION_LEDGER;
	}

	@GetMapping("/membership/dues")
	String party(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, Model model) {
		return ledgerPage(DuesKind.PARTY, unit, month, PARTY_LEDGER.request(page, size, sort), model);
	}

	@GetMapping("/membership/union/dues")
	String union(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, Model model) {
		return ledgerPage(DuesKind.UNION, unit, month, UNION_LEDGER.request(page, size, sort), model);
	}

	@PostMapping({ "/membership/dues/pay", "/membership/union/dues/pay" })
	String pay(@RequestParam("kind") DuesKind k, @RequestParam long unit, @RequestParam String month,
			@RequestParam long person, @RequestParam(required = false) String method,
			@RequestParam(required = false) String paidOn, @RequestParam(required = false) String page,
			RedirectAttributes redirect) {
		YearMonth m = parseMonth(month);
		try {
			LocalDate day = (paidOn == null || paidOn.isBlank()) ? VietnamTime.today(this.clock)
					: DuesInput.pageDate("paidOn", paidOn);
			this.payments.record(CurrentCaller.require(), k, unit, person, m, (method == null) ? "CASH" : method, day);
			redirect.addFlashAttribute("flashMessage", text("dues.paid.done"));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return back(k, unit, m, page);
	}

	@PostMapping({ "/membership/dues/undo", "/membership/union/dues/undo" })
	String undo(@RequestParam("kind") DuesKind k, @RequestParam long unit, @RequestParam String month,
			@RequestParam long payment, @RequestParam(required = false) String page, RedirectAttributes redirect) {
		try {
			this.payments.reverse(CurrentCaller.require(), payment);
			redirect.addFlashAttribute("flashMessage", text("dues.undo.done"));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return back(k, unit, parseMonth(month), page);
	}

	@GetMapping({ "/membership/dues/export", "/membership/union/dues/export" })
	void export(@RequestParam DuesKind kind, @RequestParam long unit, @RequestParam String month,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		Ledger ledger = this.ledgers.ledger(CurrentCaller.require(), kind, unit, parseMonth(month));
		List<Ledger.Row> rows = spec(kind).sort(ledger.rows(), spec(kind).request(null, null, sort));
		this.sheet.write(new Ledger(ledger.kind(), ledger.unitId(), ledger.unitName(), ledger.month(), rows,
				ledger.totals(), ledger.fund(), ledger.strikingOffMonths()), response);
	}

	@GetMapping("/membership/dues/person/{id}")
	String person(@PathVariable long id, @RequestParam(required = false) DuesKind kind,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String month, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("history", this.salaries.history(caller, id));
		model.addAttribute("personId", id);
		model.addAttribute("personName", this.salaries.name(id));
		model.addAttribute("categories", this.ledgers.partyCategories());
		model.addAttribute("categoryLabels", categoryLabels());
		model.addAttribute("currentCategory", this.salaries.category(id, VietnamTime.today(this.clock)));
		model.addAttribute("canEdit", InsuredSalaries.mayEnter(caller));
		model.addAttribute("own", this.ledgers.ownPartyDues(id, VietnamTime.today(this.clock)).orElse(null));
		model.addAttribute("kind", (kind != null) ? kind.name() : "PARTY");
		model.addAttribute("unit", unit);
		model.addAttribute("month", month);
		model.addAttribute("today", VietnamTime.today(this.clock));
		model.addAttribute("backUrl",
				(unit != null) ? ledgerUrl((kind != null) ? kind : DuesKind.PARTY, unit,
						(month != null) ? parseMonth(month) : YearMonth.from(VietnamTime.today(this.clock)), null)
						: null);
		return "membership/dues/person";
	}

	@PostMapping("/membership/dues/person/{id}/salary")
	String setSalary(@PathVariable long id, @RequestParam(required = false) String salaryKind,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String validFrom,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String month, RedirectAttributes redirect) {
		try {
			this.salaries.set(CurrentCaller.require(), id, (salaryKind == null) ? "SALARY" : salaryKind,
					DuesInput.money("amount", amount), DuesInput.pageDate("validFrom", validFrom));
			redirect.addFlashAttribute("flashMessage", text("dues.salary.saved"));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return personRedirect(id, kind, unit, month);
	}

	@PostMapping("/membership/dues/person/{id}/category")
	String setCategory(@PathVariable long id, @RequestParam(required = false) String category,
			@RequestParam(required = false) String validFrom, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		try {
			this.salaries.setCategory(CurrentCaller.require(), id, category,
					DuesInput.pageDate("validFrom", validFrom));
			redirect.addFlashAttribute("flashMessage", text("dues.category.saved"));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return personRedirect(id, kind, unit, month);
	}

	@PostMapping("/membership/dues/salaries/import")
	String importSalaries(@RequestParam(required = false) String lines, @RequestParam("kind") DuesKind k,
			@RequestParam long unit, @RequestParam String month, RedirectAttributes redirect) {
		InsuredSalaries.ImportResult result = this.salaries.importLines(CurrentCaller.require(),
				(lines == null) ? "" : lines);
		redirect.addFlashAttribute("flashMessage", text("dues.import.done", result.saved()));
		if (!result.errors().isEmpty()) {
			List<String> errors = new ArrayList<>();
			result.errors()
				.forEach((e) -> errors.add(text("dues.import.lineError", e.line(), text(e.key(), e.args()))));
			redirect.addFlashAttribute("flashError", String.join(" · ", errors));
		}
		return back(k, unit, parseMonth(month), null);
	}

	private String ledgerPage(DuesKind kind, String unitParam, String monthParam, TableRequest request, Model model) {
		Caller caller = CurrentCaller.require();
		List<DuesUnit> units = this.ledgers.units(caller, kind);
		YearMonth month = YearMonth.from(VietnamTime.today(this.clock));
		if (monthParam != null && !monthParam.isBlank()) {
			try {
				month = PageDates.parseMonth(monthParam);
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("problem", text("dues.month.invalid"));
			}
		}
		Long unitId = null;
		if (unitParam != null && !unitParam.isBlank()) {
			try {
				unitId = Long.parseLong(unitParam.trim());
			}
			catch (NumberFormatException ex) {
				throw NotFoundException.of("unit", unitParam);
			}
		}
		else if (units.size() == 1) {
			unitId = units.get(0).id();
		}
		model.addAttribute("kind", kind.name());
		model.addAttribute("base", (kind == DuesKind.PARTY) ? "/membership/dues" : "/membership/union/dues");
		model.addAttribute("units", units);
		model.addAttribute("month", month.toString());
		model.addAttribute("monthText", PageDates.format(month));
		model.addAttribute("monthLabel",
				text("dues.monthLabel", month.getMonthValue(), String.valueOf(month.getYear())));
		model.addAttribute("today", VietnamTime.today(this.clock));
		model.addAttribute("methods", DuesPayments.METHODS);
		model.addAttribute("canEnter", InsuredSalaries.mayEnter(caller));
		model.addAttribute("categoryLabels", categoryLabels());
		if (unitId != null) {
			Ledger ledger = this.ledgers.ledger(caller, kind, unitId, month);
			TablePage<Ledger.Row> page = spec(kind).page(ledger.rows(), request);
			model.addAttribute("ledger", ledger);
			model.addAttribute("page", page);
			model.addAttribute("table", page);
			model.addAttribute("offset", page.getOffset());
			model.addAttribute("unitId", unitId);
			model.addAttribute("pageUrl", ledgerUrl(kind, unitId, month, null));
			model.addAttribute("flagged", ledger.rows().stream().filter(Ledger.Row::strikingOff).count());
		}
		return "membership/dues/ledger";
	}

	/** Labels of the configured categories; one without a message shows its code. */
	private java.util.Map<String, String> categoryLabels() {
		java.util.Map<String, String> labels = new java.util.HashMap<>();
		this.ledgers.partyCategories()
			.forEach((c) -> labels.put(c,
					this.messages.getMessage("dues.category." + c, null, c, LocaleContextHolder.getLocale())));
		return labels;
	}

	static String ledgerUrl(DuesKind kind, long unit, YearMonth month, String page) {
		String base = (kind == DuesKind.PARTY) ? "/membership/dues" : "/membership/union/dues";
		return base + "?unit=" + unit + "&month=" + month + ((page != null && !page.isBlank()) ? "&page=" + page : "");
	}

	private static String back(DuesKind kind, long unit, YearMonth month, String page) {
		return "redirect:" + ledgerUrl(kind, unit, month, page);
	}

	private static String personRedirect(long id, String kind, Long unit, String month) {
		String url = "/membership/dues/person/" + id;
		if (unit != null) {
			url += "?kind=" + ((kind != null) ? kind : "PARTY") + "&unit=" + unit
					+ ((month != null) ? "&month=" + month : "");
		}
		return "redirect:" + url;
	}

	private YearMonth parseMonth(String month) {
		try {
			YearMonth m = PageDates.parseMonth(month);
			return (m != null) ? m : YearMonth.from(VietnamTime.today(this.clock));
		}
		catch (DateTimeParseException ex) {
			return YearMonth.from(VietnamTime.today(this.clock));
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
