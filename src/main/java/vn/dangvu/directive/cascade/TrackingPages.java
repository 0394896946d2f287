package vn.dangvu.directive.cascade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.Obligation;
import vn.dangvu.directive.TrackingBoard;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/** The tracking board of a directive, its Excel export, and a unit's obligations. */
@Controller
class TrackingPages {

	static final int PAGE_SIZE = 100;

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Board boards;

	private final Obligations obligations;

	private final AssignmentQueries assignmentQueries;

	private final DocumentQueries documents;

	private final MessageSource messages;

	TrackingPages(Board boards, Obligations obligations, AssignmentQueries assignmentQueries,
			DocumentQueries documents, MessageSource messages) {
		this.boards = boards;
		this.obligations = obligations;
		this.assignmentQueries = assignmentQueries;
		this.documents = documents;
		this.messages = messages;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	@GetMapping("/directives/{id}/tracking")
	String board(@PathVariable long id, @RequestParam(required = false) Long under,
			@RequestParam(defaultValue = "false") boolean overdueOnly, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Caller caller = CurrentCaller.require();
		int p = Math.max(0, Math.min(page, 100_000));
		TrackingBoard board = this.boards.board(id, under, overdueOnly, p, PAGE_SIZE, caller);
		model.addAttribute("doc", this.documents.require(id, caller));
		model.addAttribute("board", board);
		model.addAttribute("kinds", ActionKind.values());
		model.addAttribute("overdueOnly", overdueOnly);
		model.addAttribute("under", under);
		int pages = (int) ((board.totalRows() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("pages", pages);
		model.addAttribute("mayAssign",
				Visibility.mayAssign(caller) && !this.assignmentQueries.holders(id, caller).isEmpty());
		return "directive/tracking";
	}

	@GetMapping("/directives/{id}/tracking.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Long under,
			@RequestParam(defaultValue = "false") boolean overdueOnly) throws IOException {
		TrackingBoard board = this.boards.board(id, under, overdueOnly, 0, 0, CurrentCaller.require());
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(text("directive.tracking.sheet"));
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(text("directive.tracking.title", board.citation()));
			title.getCell(0).setCellStyle(bold);
			Row head = sheet.createRow(2);
			int c = 0;
			head.createCell(c++).setCellValue(text("directive.tracking.unit"));
			head.createCell(c++).setCellValue(text("directive.tracking.from"));
			head.createCell(c++).setCellValue(text("directive.tracking.assignedOn"));
			for (ActionKind k : ActionKind.values()) {
				head.createCell(c++).setCellValue(text("directive.action." + k.name()));
				head.createCell(c++).setCellValue(text("directive.tracking.due"));
				head.createCell(c++).setCellValue(text("directive.tracking.doneOn"));
			}
			head.createCell(c).setCellValue(text("directive.tracking.attendance"));
			for (int i = 0; i < c + 1; i++) {
				head.getCell(i).setCellStyle(bold);
			}
			int r = 3;
			for (TrackingBoard.Row row : board.rows()) {
				Row x = sheet.createRow(r++);
				int k = 0;
				x.createCell(k++).setCellValue(row.unitName());
				x.createCell(k++).setCellValue(row.fromUnitName());
				x.createCell(k++).setCellValue(row.assignedOn().format(DATE));
				for (ActionKind kind : ActionKind.values()) {
					TrackingBoard.Cell cell = row.actions().get(kind);
					if (cell == null) {
						k += 3;
						continue;
					}
					x.createCell(k++).setCellValue(text("directive.actionStatus." + cell.status().name()));
					x.createCell(k++).setCellValue(cell.dueOn().format(DATE));
					x.createCell(k++).setCellValue(cell.doneOn() == null ? "" : cell.doneOn().format(DATE));
				}
				TrackingBoard.Cell d = row.actions().get(ActionKind.DISSEMINATE);
				if (d != null && d.present() != null) {
					x.createCell(k).setCellValue(d.present() + "/" + d.total());
				}
			}
			Row sum = sheet.createRow(r + 1);
			TrackingBoard.Summary s = board.summary();
			sum.createCell(0)
				.setCellValue(text("directive.tracking.summary", s.units(), s.unitsComplete(), s.actionsDone(),
						s.actions(), s.percentDone(), s.actionsOverdue(), s.actionsDueSoon()));
			sheet.setColumnWidth(0, 60 * 256);
			sheet.setColumnWidth(1, 40 * 256);
			wb.write(out);
			wb.dispose();
			String name = "theo-doi-" + board.citation().replaceAll("[^\\p{L}\\p{N}-]+", "-") + ".xlsx";
			return ResponseEntity.ok()
				.contentType(
						MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(name, java.nio.charset.StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(out.toByteArray());
		}
	}

	@GetMapping("/units/{id}/obligations")
	String obligations(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all, Model model) {
		List<Obligation> list = this.obligations.obligations(id, !all, CurrentCaller.require());
		model.addAttribute("obligations", list);
		model.addAttribute("unitId", id);
		model.addAttribute("all", all);
		model.addAttribute("unitName", this.documents.unitName(id));
		return "directive/obligations";
	}

}
