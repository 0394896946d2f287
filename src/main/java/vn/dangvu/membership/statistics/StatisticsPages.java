package vn.dangvu.membership.statistics;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.membership.form.Choices;
import vn.dangvu.membership.form.DateField;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;

/** The statistics page and its spreadsheet. */
@Controller
@RequiredArgsConstructor
class StatisticsPages {

	private final MembershipStatistics statistics;

	private final Choices choices;

	private final Messages messages;

	private final Clock clock;

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
			model.addAttribute("error", this.messages.text("membership.form.date"));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("error", this.messages.text(ex.messageKey(), ex.args()));
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
		try (SheetWriter sheet = SheetWriter.open(this.messages.text("membership.statistics.sheet"))) {
			sheet.row()
				.text(this.messages.text("membership.statistics.period.text", PageDates.format(report.from()),
						PageDates.format(report.to())));
			sheet.skip();
			sheet.header(java.util.Arrays.stream(HEADS).map((k) -> this.messages.text(k)).toArray(String[]::new));
			for (MembershipStatistics.Row row : report.rows()) {
				write(sheet.row(), row.name(), row);
			}
			write(sheet.row().bold(), this.messages.text("membership.statistics.total"), report.total());
			sheet.width(0, 60);
			return sheet.entity("thong-ke-dang-vien.xlsx");
		}
	}

	private static final String[] HEADS = { "membership.statistics.unit", "membership.statistics.admitted",
			"membership.statistics.converted", "membership.statistics.transferredIn",
			"membership.statistics.transferredOut", "membership.statistics.struckOff", "membership.statistics.expelled",
			"membership.statistics.youthMatured" };

	private static void write(SheetWriter.Line line, String name, MembershipStatistics.Row r) {
		line.text(name)
			.number(r.admitted())
			.number(r.converted())
			.number(r.transferredIn())
			.number(r.transferredOut())
			.number(r.struckOff())
			.number(r.expelled())
			.number(r.youthMatured());
	}

}
