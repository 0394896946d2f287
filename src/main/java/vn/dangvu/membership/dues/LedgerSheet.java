package vn.dangvu.membership.dues;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.Messages;

/** A ledger as an Excel workbook: one row per member, totals, and the rules used. */
@Component
@RequiredArgsConstructor
class LedgerSheet {

	private static final String[] PARTY_HEADERS = { "dues.col.no", "dues.col.name", "dues.col.category",
			"dues.col.base", "dues.col.rate", "dues.col.due", "dues.col.paid", "dues.col.paidOn", "dues.col.method",
			"dues.col.unpaidMonths", "dues.col.flag", "dues.col.source" };

	private static final String[] UNION_HEADERS = { "dues.col.no", "dues.col.name", "dues.col.base", "dues.col.rate",
			"dues.col.due", "dues.col.paid", "dues.col.paidOn", "dues.col.method", "dues.col.unpaidMonths",
			"dues.col.source" };

	private final Messages messages;

	void write(Ledger ledger, HttpServletResponse response) throws IOException {
		boolean party = ledger.kind() == DuesKind.PARTY;
		String[] headers = party ? PARTY_HEADERS : UNION_HEADERS;
		try (SheetWriter sheet = SheetWriter.open(text("dues.sheet.name"))) {
			sheet
				.title(text(party ? "dues.sheet.titleParty" : "dues.sheet.titleUnion", ledger.unitName(),
						ledger.month().getMonthValue(), String.valueOf(ledger.month().getYear())))
				.skip();
			sheet.header(Arrays.stream(headers).map(this::text).toArray(String[]::new));
			int no = 1;
			for (Ledger.Row row : ledger.rows()) {
				member(sheet.row().number(no++), row, party);
			}
			sheet.skip();
			totals(sheet, ledger);
			sheet.width(1, 32).width(headers.length - 1, 60);
			for (int i = 2; i < headers.length - 1; i++) {
				sheet.width(i, 16);
			}
			sheet.send(response,
					(party ? "dang-phi-" : "doan-phi-") + ledger.unitId() + "-" + ledger.month() + ".xlsx");
		}
	}

	private void member(SheetWriter.Line line, Ledger.Row row, boolean party) {
		line.text(row.fullName());
		if (party) {
			String category = this.messages.textOrNull("dues.category." + row.category());
			line.text((category != null) ? category : row.category());
		}
		line.money(row.base()).text(rate(row)).money(row.amountDue()).money(row.paidAmount()).day(row.paidOn());
		line.text((row.method() != null) ? text("dues.method." + row.method()) : "");
		line.number(row.unpaidMonthsInYear());
		if (party) {
			line.text(row.strikingOff() ? text("dues.flag.strikingOff") : "");
		}
		line.text((row.problem() != null) ? text(row.problem(), row.fullName())
				: (row.ruleSource() != null) ? row.ruleSource() : "");
	}

	private void totals(SheetWriter sheet, Ledger ledger) {
		Ledger.Totals t = ledger.totals();
		total(sheet, text("dues.total.members"), t.members());
		total(sheet, text("dues.total.due"), t.due());
		total(sheet, text("dues.total.paid"), t.paid());
		total(sheet, text("dues.total.outstanding"), t.outstanding());
		total(sheet, text("dues.total.unpaidCount"), t.unpaidCount());
		total(sheet, text("dues.total.unpaidMonths"), t.unpaidMonths());
		if (ledger.fund() != null) {
			total(sheet, text("dues.fund.payroll"), ledger.fund().payroll());
			total(sheet, text("dues.fund.amount", ledger.fund().ratePercent().toPlainString()), ledger.fund().amount());
			sheet.row().text(ledger.fund().source());
		}
	}

	private static void total(SheetWriter sheet, String label, long value) {
		sheet.row().at(1).bold().text(label).plain().money(value);
	}

	private String rate(Ledger.Row row) {
		if (row.fixedAmount() != null) {
			return text("dues.rate.fixed");
		}
		return (row.ratePercent() != null) ? row.ratePercent().stripTrailingZeros().toPlainString() + "%" : "";
	}

	private String text(String key, Object... args) {
		return this.messages.text(key, args);
	}

}
