package vn.dangvu.membership.dues;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.time.PageDates;

/**
 * The dues pages: the Party dues ledger of a cell (/membership/dues), the union dues
 * ledger (/membership/union/dues), recording and undoing payments, the XLSX export and
 * the salary import. A member's salary and category: {@link SalaryPages}.
 */
@Controller
@RequiredArgsConstructor
class DuesController {

	static final int PAGE_SIZE = 50;

	private final DuesLedgers ledgers;

	private final DuesPayments payments;

	private final InsuredSalaries salaries;

	private final LedgerSheet sheet;

	private final DuesForms forms;

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
		YearMonth m = this.forms.month(month);
		this.forms.act(redirect, () -> {
			this.payments.record(CurrentCaller.require(), k, unit, person, m, (method == null) ? "CASH" : method,
					this.forms.paidOn(paidOn));
			return text("dues.paid.done");
		});
		return back(k, unit, m, page);
	}

	@PostMapping({ "/membership/dues/undo", "/membership/union/dues/undo" })
	String undo(@RequestParam("kind") DuesKind k, @RequestParam long unit, @RequestParam String month,
			@RequestParam long payment, @RequestParam(required = false) String page, RedirectAttributes redirect) {
		this.forms.act(redirect, () -> {
			this.payments.reverse(CurrentCaller.require(), payment);
			return text("dues.undo.done");
		});
		return back(k, unit, this.forms.month(month), page);
	}

	@GetMapping({ "/membership/dues/export", "/membership/union/dues/export" })
	void export(@RequestParam DuesKind kind, @RequestParam long unit, @RequestParam String month,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		Ledger ledger = this.ledgers.ledger(CurrentCaller.require(), kind, unit, this.forms.month(month));
		List<Ledger.Row> rows = spec(kind).sort(ledger.rows(), spec(kind).request(null, null, sort));
		this.sheet.write(new Ledger(ledger.kind(), ledger.unitId(), ledger.unitName(), ledger.month(), rows,
				ledger.totals(), ledger.fund(), ledger.strikingOffMonths()), response);
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
		return back(k, unit, this.forms.month(month), null);
	}

	private String ledgerPage(DuesKind kind, String unitParam, String monthParam, TableRequest request, Model model) {
		Caller caller = CurrentCaller.require();
		List<DuesUnit> units = this.ledgers.units(caller, kind);
		YearMonth month = YearMonth.from(this.forms.today());
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
		model.addAttribute("base", DuesForms.base(kind));
		model.addAttribute("units", units);
		model.addAttribute("month", month.toString());
		model.addAttribute("monthText", PageDates.format(month));
		model.addAttribute("monthLabel",
				text("dues.monthLabel", month.getMonthValue(), String.valueOf(month.getYear())));
		model.addAttribute("today", this.forms.today());
		model.addAttribute("methods", DuesPayments.METHODS);
		model.addAttribute("canEnter", InsuredSalaries.mayEnter(caller));
		model.addAttribute("categoryLabels", this.forms.categoryLabels(this.ledgers.partyCategories()));
		if (unitId != null) {
			Ledger ledger = this.ledgers.ledger(caller, kind, unitId, month);
			TablePage<Ledger.Row> page = spec(kind).page(ledger.rows(), request);
			model.addAttribute("ledger", ledger);
			model.addAttribute("page", page);
			model.addAttribute("table", page);
			model.addAttribute("offset", page.getOffset());
			model.addAttribute("unitId", unitId);
			model.addAttribute("pageUrl", DuesForms.ledgerUrl(kind, unitId, month, null));
			model.addAttribute("flagged", ledger.rows().stream().filter(Ledger.Row::strikingOff).count());
		}
		return "membership/dues/ledger";
	}

	private static String back(DuesKind kind, long unit, YearMonth month, String page) {
		return "redirect:" + DuesForms.ledgerUrl(kind, unit, month, page);
	}

	private String text(String key, Object... args) {
		return this.forms.text(key, args);
	}

}
