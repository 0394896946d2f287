package vn.dangvu.membership.statistics;

import vn.dangvu.platform.time.PageDates;
import vn.dangvu.membership.form.DateField;
import vn.dangvu.membership.form.Choices;
import java.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/** The statistics page and its spreadsheet. */
@Controller
class StatisticsPages {

	private final MembershipStatistics statistics;

	private final Choices choices;

	private final MessageSource messages;

	private final Clock clock;

	StatisticsPages(MembershipStatistics statistics, Choices choices, MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.choices = choices;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/membership/statistics")
	String statistics(@RequestParam(required = false) Long unit, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("units", this.choices.parties(caller));
		model.addAttribute("unit", unit);
		try {
			LocalDate today = VietnamTime.today(this.clock);
			LocalDate f = DateField.parse(from);
			LocalDate t = DateField.parse(to);
			f = f == null ? today.withDayOfYear(1) : f;
			t = t == null ? today : t;
			model.addAttribute("from", DateField.format(f));
			model.addAttribute("to", DateField.format(t));
			model.addAttribute("report", this.statistics.report(caller, unit, f, t));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("error", text("membership.form.date"));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("error", text(ex.messageKey(), ex.args()));
		}
		return "membership/statistics";
	}

	@GetMapping("/membership/statistics.xlsx")
	ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) throws IOException {
		LocalDate today = VietnamTime.today(this.clock);
		LocalDate f;
		LocalDate t;
		try {
			f = DateField.parse(from);
			t = DateField.parse(to);
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.onField("from", "membership.form.date");
		}
		var report = this.statistics.report(CurrentCaller.require(), unit, f == null ? today.withDayOfYear(1) : f,
				t == null ? today : t);
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(text("membership.statistics.sheet"));
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row title = sheet.createRow(0);
			title.createCell(0)
				.setCellValue(text("membership.statistics.period.text", PageDates.format(report.from()),
						PageDates.format(report.to())));
			String[] heads = { "membership.statistics.unit", "membership.statistics.admitted",
					"membership.statistics.converted", "membership.statistics.transferredIn",
					"membership.statistics.transferredOut", "membership.statistics.struckOff",
					"membership.statistics.expelled", "membership.statistics.youthMatured" };
			Row head = sheet.createRow(2);
			for (int i = 0; i < heads.length; i++) {
				head.createCell(i).setCellValue(text(heads[i]));
				head.getCell(i).setCellStyle(bold);
			}
			int r = 3;
			for (MembershipStatistics.Row row : report.rows()) {
				write(sheet.createRow(r++), row.name(), row);
			}
			Row total = sheet.createRow(r);
			write(total, text("membership.statistics.total"), report.total());
			total.forEach((c) -> c.setCellStyle(bold));
			sheet.setColumnWidth(0, 60 * 256);
			wb.write(out);
			return ResponseEntity.ok()
				.contentType(
						MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("thong-ke-dang-vien.xlsx").build().toString())
				.body(out.toByteArray());
		}
	}

	private static void write(Row row, String name, MembershipStatistics.Row r) {
		row.createCell(0).setCellValue(name);
		long[] values = { r.admitted(), r.converted(), r.transferredIn(), r.transferredOut(), r.struckOff(),
				r.expelled(), r.youthMatured() };
		for (int i = 0; i < values.length; i++) {
			row.createCell(i + 1).setCellValue(values[i]);
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
