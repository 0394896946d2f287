package vn.dangvu.membership.dues;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** A ledger as an Excel workbook: one row per member, totals, and the rules used. */
@Component
@RequiredArgsConstructor
class LedgerSheet {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MessageSource messages;

	void write(Ledger ledger, HttpServletResponse response) throws IOException {
		boolean party = ledger.kind() == DuesKind.PARTY;
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(text("dues.sheet.name"));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle money = book.createCellStyle();
			money.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("#,##0"));
			CellStyle day = book.createCellStyle();
			day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			int r = 0;
			Row title = sheet.createRow(r++);
			title.createCell(0)
				.setCellValue(text(party ? "dues.sheet.titleParty" : "dues.sheet.titleUnion", ledger.unitName(),
						ledger.month().getMonthValue(), String.valueOf(ledger.month().getYear())));
			title.getCell(0).setCellStyle(bold);
			r++;
			String[] headers = party
					? new String[] { "dues.col.no", "dues.col.name", "dues.col.category", "dues.col.base",
							"dues.col.rate", "dues.col.due", "dues.col.paid", "dues.col.paidOn", "dues.col.method",
							"dues.col.unpaidMonths", "dues.col.flag", "dues.col.source" }
					: new String[] { "dues.col.no", "dues.col.name", "dues.col.base", "dues.col.rate", "dues.col.due",
							"dues.col.paid", "dues.col.paidOn", "dues.col.method", "dues.col.unpaidMonths",
							"dues.col.source" };
			Row head = sheet.createRow(r++);
			for (int i = 0; i < headers.length; i++) {
				Cell c = head.createCell(i);
				c.setCellValue(text(headers[i]));
				c.setCellStyle(bold);
			}
			int no = 1;
			for (Ledger.Row row : ledger.rows()) {
				Row x = sheet.createRow(r++);
				int c = 0;
				x.createCell(c++).setCellValue(no++);
				x.createCell(c++).setCellValue(row.fullName());
				if (party) {
					x.createCell(c++)
						.setCellValue(this.messages.getMessage("dues.category." + row.category(), null, row.category(),
								LocaleContextHolder.getLocale()));
				}
				Cell base = x.createCell(c++);
				base.setCellValue(row.base());
				base.setCellStyle(money);
				x.createCell(c++).setCellValue(rate(row));
				Cell due = x.createCell(c++);
				due.setCellValue(row.amountDue());
				due.setCellStyle(money);
				Cell paid = x.createCell(c++);
				paid.setCellValue(row.paidAmount());
				paid.setCellStyle(money);
				Cell paidOn = x.createCell(c++);
				if (row.paidOn() != null) {
					paidOn.setCellValue(row.paidOn());
					paidOn.setCellStyle(day);
				}
				x.createCell(c++).setCellValue((row.method() != null) ? text("dues.method." + row.method()) : "");
				x.createCell(c++).setCellValue(row.unpaidMonthsInYear());
				if (party) {
					x.createCell(c++).setCellValue(row.strikingOff() ? text("dues.flag.strikingOff") : "");
				}
				x.createCell(c)
					.setCellValue((row.problem() != null) ? text(row.problem(), row.fullName())
							: (row.ruleSource() != null) ? row.ruleSource() : "");
			}
			r++;
			Ledger.Totals t = ledger.totals();
			r = total(sheet, r, bold, money, text("dues.total.members"), t.members());
			r = total(sheet, r, bold, money, text("dues.total.due"), t.due());
			r = total(sheet, r, bold, money, text("dues.total.paid"), t.paid());
			r = total(sheet, r, bold, money, text("dues.total.outstanding"), t.outstanding());
			r = total(sheet, r, bold, money, text("dues.total.unpaidCount"), t.unpaidCount());
			r = total(sheet, r, bold, money, text("dues.total.unpaidMonths"), t.unpaidMonths());
			if (ledger.fund() != null) {
				r = total(sheet, r, bold, money, text("dues.fund.payroll"), ledger.fund().payroll());
				r = total(sheet, r, bold, money, text("dues.fund.amount", ledger.fund().ratePercent().toPlainString()),
						ledger.fund().amount());
				sheet.createRow(r).createCell(0).setCellValue(ledger.fund().source());
			}
			sheet.setColumnWidth(1, 32 * 256);
			sheet.setColumnWidth(headers.length - 1, 60 * 256);
			for (int i = 2; i < headers.length - 1; i++) {
				sheet.setColumnWidth(i, 16 * 256);
			}
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename((party ? "dang-phi-" : "doan-phi-") + ledger.unitId() + "-" + ledger.month() + ".xlsx")
				.build()
				.toString());
			try (OutputStream out = response.getOutputStream()) {
				book.write(out);
			}
		}
	}

	private static int total(Sheet sheet, int r, CellStyle bold, CellStyle money, String label, long value) {
		Row row = sheet.createRow(r);
		Cell l = row.createCell(1);
		l.setCellValue(label);
		l.setCellStyle(bold);
		Cell v = row.createCell(2);
		v.setCellValue(value);
		v.setCellStyle(money);
		return r + 1;
	}

	private String rate(Ledger.Row row) {
		if (row.fixedAmount() != null) {
			return text("dues.rate.fixed");
		}
		return (row.ratePercent() != null) ? row.ratePercent().stripTrailingZeros().toPlainString() + "%" : "";
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
