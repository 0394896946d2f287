package vn.dangvu.membership.dues;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.validation.BindException;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Dues ledgers and payments as JSON. A unit outside the caller's scope (or a ledger the
 * caller's role does not keep) is 404; bad values are field errors.
 */
@RestController
@RequestMapping("/api/v1/dues")
@Tag(name = "Dues", description = "Đảng phí và đoàn phí công đoàn")
@RequiredArgsConstructor
class DuesApiController {

	private final DuesLedgers ledgers;

	private final DuesPayments payments;

	private final InsuredSalaries salaries;

	private final DuesBatches batches;

	private final org.springframework.context.MessageSource messages;

	private final Clock clock;

	@GetMapping("/party")
	@Operation(summary = "A Party cell's dues ledger for a month",
			description = "Rows: member, category, base, rate, amount due, paid, unpaid months this year, "
					+ "striking-off flag, rule source; totals.")
	LedgerJson party(@Parameter(description = "Party unit id") @RequestParam(required = false) String unit,
			@Parameter(description = "YYYY-MM") @RequestParam(required = false) String month) throws BindException {
		return ledger(DuesKind.PARTY, unit, month);
	}

	@GetMapping("/union")
	@Operation(summary = "A union unit's dues ledger for a month, with the employer's union fund",
			description = "Rows: member, base, rate, amount due, paid, unpaid months this year; totals with "
					+ "unpaidCount (not paid this month) and unpaidMonths (months unpaid this year, all members).")
	LedgerJson union(@Parameter(description = "union unit id") @RequestParam(required = false) String unit,
			@Parameter(description = "YYYY-MM") @RequestParam(required = false) String month) throws BindException {
		return ledger(DuesKind.UNION, unit, month);
	}

	@PostMapping(path = "/{kind}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a month's payment",
			description = "kind party or union; body: unitId, personId, month (YYYY-MM), method (CASH/ONLINE), "
					+ "paidOn (yyyy-MM-dd). The amount is the month's due. 409 when already paid.")
	Map<String, Object> pay(@PathVariable String kind, @RequestBody Map<String, Object> body) throws BindException {
		DuesKind k = kind(kind);
		Caller caller = CurrentCaller.require();
		DuesInput.Fields f = new DuesInput.Fields();
		Long unit = f.read(() -> DuesInput.id("unitId", DuesInput.get(body, "unitId")));
		Long person = f.read(() -> DuesInput.id("personId", DuesInput.get(body, "personId")));
		YearMonth month = f.read(() -> DuesInput.month("month", DuesInput.get(body, "month")));
		Paid paid = paid(f, body);
		f.check();
		long id = this.payments.record(caller, k, unit, person, month, paid.method(), paid.on());
		return Map.of("id", id);
	}

	@PostMapping(path = "/{kind}/payments/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a month's payments for several members of a unit at once",
			description = "kind party or union; body: unitId, month (YYYY-MM), personIds (list), method, paidOn. "
					+ "One transaction: members already paid are skipped and listed; a member not on the ledger (404) "
					+ "or without a computable due (422) refuses the whole batch.")
	Map<String, Object> payBatch(@PathVariable String kind, @RequestBody Map<String, Object> body)
			throws BindException {
		DuesKind k = kind(kind);
		DuesInput.Fields f = new DuesInput.Fields();
		Long unit = f.read(() -> DuesInput.id("unitId", DuesInput.get(body, "unitId")));
		YearMonth month = f.read(() -> DuesInput.month("month", DuesInput.get(body, "month")));
		List<Long> persons = f.read(() -> DuesInput.ids("personIds", DuesInput.get(body, "personIds")));
		Paid paid = paid(f, body);
		f.check();
		DuesBatches.Result result = this.batches.record(CurrentCaller.require(), k, unit, month, persons, paid.method(),
				paid.on());
		return Map.of("recorded", result.recorded(), "skipped", result.skipped(), "paymentIds", result.paymentIds(),
				"skippedPersonIds", result.skippedPersonIds());
	}

	@PostMapping(path = "/payments/batch/reversal", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Undo a batch of payments together (each through the reversal of one payment)",
			description = "body: paymentIds (list).")
	Map<String, Object> reverseBatch(@RequestBody Map<String, Object> body) throws BindException {
		DuesInput.Fields f = new DuesInput.Fields();
		List<Long> ids = f.read(() -> DuesInput.ids("paymentIds", DuesInput.get(body, "paymentIds")));
		f.check();
		return Map.of("reversed", this.batches.reverse(CurrentCaller.require(), ids));
	}

	@PostMapping("/payments/{id}/reversal")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Undo a payment recorded by mistake (a reversing row; nothing is deleted)")
	Map<String, Object> reverse(@PathVariable String id) {
		long reversal = this.payments.reverse(CurrentCaller.require(), DuesInput.id("id", id));
		return Map.of("id", reversal);
	}

	@PostMapping(path = "/salaries", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a person's insured salary or pension from a date",
			description = "body: personId, kind (SALARY/PENSION, default SALARY), amount (VND), validFrom.")
	void salary(@RequestBody Map<String, Object> body) throws BindException {
		DuesInput.Fields f = new DuesInput.Fields();
		Long person = f.read(() -> DuesInput.id("personId", DuesInput.get(body, "personId")));
		String kind = f.read(() -> DuesInput.text("kind", DuesInput.get(body, "kind"), 10));
		Long amount = f.read(() -> DuesInput.money("amount", DuesInput.get(body, "amount")));
		LocalDate from = f.read(() -> DuesInput.date("validFrom", DuesInput.get(body, "validFrom")));
		f.check();
		this.salaries.set(CurrentCaller.require(), person, (kind == null) ? "SALARY" : kind, amount, from);
	}

	@PostMapping(path = "/party/categories", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a Party member's dues category from a date",
			description = "body: personId, category (SALARY, PENSION, STUDENT or another configured one), validFrom.")
	void category(@RequestBody Map<String, Object> body) throws BindException {
		DuesInput.Fields f = new DuesInput.Fields();
		Long person = f.read(() -> DuesInput.id("personId", DuesInput.get(body, "personId")));
		String category = f.read(() -> DuesInput.text("category", DuesInput.get(body, "category"), 40));
		LocalDate from = f.read(() -> DuesInput.date("validFrom", DuesInput.get(body, "validFrom")));
		f.check();
		this.salaries.setCategory(CurrentCaller.require(), person, category, from);
	}

	/** How and when a payment was made: CASH and today unless the body says otherwise. */
	private record Paid(String method, LocalDate on) {
	}

	private Paid paid(DuesInput.Fields f, Map<String, Object> body) {
		String method = f.read(() -> DuesInput.text("method", DuesInput.get(body, "method"), 20));
		Object paidOnValue = DuesInput.get(body, "paidOn");
		LocalDate paidOn = (paidOnValue == null) ? VietnamTime.today(this.clock)
				: f.read(() -> DuesInput.date("paidOn", paidOnValue));
		return new Paid((method == null) ? "CASH" : method, paidOn);
	}

	private LedgerJson ledger(DuesKind kind, String unit, String month) throws BindException {
		DuesInput.Fields f = new DuesInput.Fields();
		Long unitId = f.read(() -> DuesInput.id("unit", unit));
		YearMonth m = f.read(() -> DuesInput.month("month", month));
		f.check();
		Ledger ledger = this.ledgers.ledger(CurrentCaller.require(), kind, unitId, m);
		return LedgerJson.of(ledger,
				(r) -> (r.problem() == null) ? null
						: this.messages.getMessage(r.problem(), new Object[] { r.fullName() }, r.problem(),
								org.springframework.context.i18n.LocaleContextHolder.getLocale()));
	}

	private static DuesKind kind(String kind) {
		return switch (kind) {
			case "party" -> DuesKind.PARTY;
			case "union" -> DuesKind.UNION;
			default -> throw vn.dangvu.platform.error.RuleViolationException.onField("kind", "dues.kind.invalid");
		};
	}

	record LedgerJson(String kind, long unitId, String unitName, String month, List<RowJson> rows, Ledger.Totals totals,
			FundJson fund) {

		static LedgerJson of(Ledger l, java.util.function.Function<Ledger.Row, String> problem) {
			return new LedgerJson(l.kind().name(), l.unitId(), l.unitName(), l.month().toString(),
					l.rows().stream().map((r) -> RowJson.of(r, problem.apply(r))).toList(), l.totals(),
					(l.fund() != null) ? new FundJson(l.fund().payroll(), l.fund().ratePercent(), l.fund().amount(),
							l.fund().source()) : null);
		}

	}

	record RowJson(long personId, String fullName, String category, long base, BigDecimal ratePercent, Long fixedAmount,
			long amountDue, boolean capped, String ruleSource, String problem, boolean paid, long paidAmount,
			LocalDate paidOn, String method, Long paymentId, Integer unpaidMonthsInYear, Boolean strikingOffFlag) {

		static RowJson of(Ledger.Row r, String problem) {
			boolean party = r.category() != null;
			return new RowJson(r.personId(), r.fullName(), r.category(), r.base(), r.ratePercent(), r.fixedAmount(),
					r.amountDue(), r.capped(), r.ruleSource(), problem, r.paid(), r.paidAmount(), r.paidOn(),
					r.method(), r.paymentId(), r.unpaidMonthsInYear(), party ? r.strikingOff() : null);
		}

	}

	record FundJson(long payroll, BigDecimal ratePercent, long amount, String ruleSource) {
	}

}
