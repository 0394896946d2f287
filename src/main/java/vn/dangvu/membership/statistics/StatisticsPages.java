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
import vn.dangvu.platform.web.PageForms;

/** The statistics page and its spreadsheet. */
@Controller
@RequiredArgsConstructor
class StatisticsPages {

	private final MembershipStatistics statistics;

	private final Choices choices;

	private final Messages messages;

	private final Clock clock;

	private final PageForms forms;

	@GetMapping("/membership/statistics")
	String statistics(@RequestParam(required = false) Long unit, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("units", this.choices.parties(caller));
		model.addAttribute("unit", unit);
		LocalDate today = VietnamTime.today(this.clock);
		LocalDate f;
		LocalDate t;
		try {
			f = DateField.parse(from);
			t = DateField.parse(to);
		}
		catch (IllegalArgumentException ex) {
			return refused(model, from, to, this.messages.text("membership.form.date"));
		}
		LocalDate start = (f != null) ? f : today.withDayOfYear(1);
		LocalDate end = (t != null) ? t : today;
		return this.forms.attempt(RuleViolationException.class::isInstance, () -> {
			model.addAttribute("from", DateField.format(start));
			model.addAttribute("to", DateField.format(end));
			model.addAttribute("report", this.statistics.report(caller, unit, start, end));
			return "membership/statistics";
		}, (ex) -> refused(model, from, to, this.messages.text(ex)));
	}

	/** The page again with the dates as typed and what is wrong with them. */
	private static String refused(Model model, String from, String to, String error) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("error", error);
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
				write(sheet.row(), row.atUnit() ? this.messages.text("membership.statistics.atUnit.sheet", row.name())
						: row.name(), row);
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
