package vn.dangvu.membership.member;

import vn.dangvu.platform.time.PageDates;
import vn.dangvu.membership.form.DateField;
import vn.dangvu.membership.form.Choices;
import java.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.admission.AdmissionQueries;
import vn.dangvu.membership.reminders.MembershipReminders;
import vn.dangvu.membership.statistics.MembershipStatistics;
import vn.dangvu.membership.probation.ProbationList;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.membership.transfer.TransferQueries;
import vn.dangvu.notification.Reminder;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.time.VietnamTime;

/** The landing page, probation list, member timeline and statistics. */
@Controller
class MembershipPages {

	private final AdmissionQueries admissions;

	private final ProbationList probation;

	private final TransferQueries transfers;

	private final MembershipReminders reminders;

	private final MembershipStatistics statistics;

	private final PartyStatus membership;

	private final Choices choices;

	private final MessageSource messages;

	private final TableSheet sheet;

	private final Clock clock;

	/** Rows of a list the landing page shows before linking to the whole list. */
	static final int SHORT_LIST = 5;

	static final int FILES_PER_PAGE = 20;

	MembershipPages(AdmissionQueries admissions, ProbationList probation, TransferQueries transfers,
			MembershipReminders reminders, MembershipStatistics statistics, PartyStatus membership, Choices choices,
			MessageSource messages, TableSheet sheet, Clock clock) {
		this.sheet = sheet;
		this.admissions = admissions;
		this.probation = probation;
		this.transfers = transfers;
		this.reminders = reminders;
		this.statistics = statistics;
		this.membership = membership;
		this.choices = choices;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/membership")
	String landing(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean closed,
			Model model) {
		Caller caller = CurrentCaller.require();
		// a union or youth officer has no Party admissions here: their own page instead
		if (!Scoped.canRecord(caller) && caller.hasAny(Role.UNION_OFFICER)) {
			return "redirect:/membership/union";
		}
		if (!Scoped.canRecord(caller) && caller.hasAny(Role.YOUTH_OFFICER)) {
			return "redirect:/membership/youth";
		}
		LocalDate today = VietnamTime.today(this.clock);
		model.addAttribute("canRecord", Scoped.canRecord(caller));
		model.addAttribute("cells", this.choices.cells(caller));
		model.addAttribute("candidates", this.choices.nonMembers(caller));
		model.addAttribute("today", DateField.format(today));
		model.addAttribute("files",
				this.admissions.list(caller, null, closed ? "CLOSED" : "OPEN", Math.max(page, 0), FILES_PER_PAGE));
		model.addAttribute("closed", closed);
		var probationSoon = this.probation.list(caller, null, today)
			.stream()
			.filter((p) -> p.daysLeft() <= 60)
			.toList();
		model.addAttribute("probationSoon", probationSoon.stream().limit(SHORT_LIST).toList());
		model.addAttribute("probationSoonTotal", probationSoon.size());
		var transfersUnderWay = this.transfers.list(caller, true);
		model.addAttribute("transfers", transfersUnderWay.stream().limit(SHORT_LIST).toList());
		model.addAttribute("transfersTotal", transfersUnderWay.size());
		// a summary: the committee office has a hundred reminders; the whole list is
		// /reminders
		List<Reminder> list = this.reminders.remindersFor(caller, today)
			.stream()
			.map((r) -> r.on(today))
			.sorted(Comparator.comparing((Reminder r) -> r.urgency().ordinal())
				.thenComparing(Reminder::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		model.addAttribute("reminders", list.stream().limit(SHORT_LIST).toList());
		model.addAttribute("reminderKinds",
				list.stream()
					.collect(java.util.stream.Collectors.groupingBy(Reminder::kind, java.util.LinkedHashMap::new,
							java.util.stream.Collectors.counting())));
		model.addAttribute("reminderTotal", list.size());
		model.addAttribute("reminderOverdue",
				list.stream().filter((r) -> r.urgency() == Reminder.Urgency.OVERDUE).count());
		return "membership/landing";
	}

	/**
	 * The probation list's columns: the page's headers, its sort whitelist and its
	 * export.
	 */
	static final TableSpec<ProbationList.ProbationRow> PROBATION = TableSpec.of("thu-thach",
			"membership.probation.title", "endsOn", true,
			TableColumn.ofName("name", "membership.candidates.person", ProbationList.ProbationRow::fullName),
			TableColumn.of("cell", "membership.admission.cell", ProbationList.ProbationRow::cellName),
			TableColumn.of("admittedOn", "membership.probation.admittedOn", ProbationList.ProbationRow::admittedOn),
			TableColumn.of("endsOn", "membership.probation.end", ProbationList.ProbationRow::endsOn),
			TableColumn.of("daysLeft", "membership.probation.left", ProbationList.ProbationRow::daysLeft),
			TableColumn.of("conversionDeadline", "membership.probation.conversionDeadline",
					ProbationList.ProbationRow::conversionDeadline));

	@GetMapping("/membership/probation")
	String probation(@RequestParam(required = false) Long unit, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String format, Model model, HttpServletResponse response)
			throws IOException {
		Caller caller = CurrentCaller.require();
		List<ProbationList.ProbationRow> rows = this.probation.list(caller, unit, VietnamTime.today(this.clock));
		TableRequest request = PROBATION.request(page, size, sort);
		if (TableSheet.wanted(format)) {
			this.sheet.write(PROBATION, PROBATION.sort(rows, request), response);
			return null;
		}
		TablePage<ProbationList.ProbationRow> table = PROBATION.page(rows, request);
		model.addAttribute("table", table);
		model.addAttribute("rows", table.getContent());
		model.addAttribute("cells", this.choices.cells(caller));
		model.addAttribute("unit", unit);
		return "membership/probation";
	}

	@GetMapping("/membership/members/{personId}")
	String member(@PathVariable long personId, @RequestParam(required = false) String asOf, Model model) {
		var events = this.membership.timeline(personId);
		LocalDate date;
		try {
			date = DateField.parse(asOf);
		}
		catch (IllegalArgumentException ex) {
			date = null;
			model.addAttribute("error", text("membership.form.date"));
		}
		if (date == null) {
			date = VietnamTime.today(this.clock);
		}
		model.addAttribute("personId", personId);
		model.addAttribute("personName", this.choices.name(personId));
		model.addAttribute("events", events);
		model.addAttribute("status", this.membership.statusOn(personId, date));
		model.addAttribute("asOf", DateField.format(date));
		model.addAttribute("cellName", null);
		var status = this.membership.statusOn(personId, date);
		if (status.cellId() != null) {
			model.addAttribute("cellName", this.choices.unitName(status.cellId()));
		}
		return "membership/member";
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
