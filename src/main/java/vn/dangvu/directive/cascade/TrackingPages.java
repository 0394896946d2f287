package vn.dangvu.directive.cascade;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Row;

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
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.Messages;

/** The tracking board of a directive, its Excel export, and a unit's obligations. */
@Controller
@RequiredArgsConstructor
class TrackingPages {

	static final int PAGE_SIZE = 100;

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Board boards;

	private final Obligations obligations;

	private final AssignmentQueries assignmentQueries;

	private final DocumentQueries documents;

	private final Messages messages;

	private String text(String key, Object... args) {
		return this.messages.text(key, args);
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
			@RequestParam(defaultValue = "false") boolean overdueOnly) {
		TrackingBoard board = this.boards.board(id, under, overdueOnly, 0, 0, CurrentCaller.require());
		try (SheetWriter sheet = SheetWriter.open(text("directive.tracking.sheet"))) {
			sheet.title(text("directive.tracking.title", board.citation())).skip();
			List<String> head = new ArrayList<>(List.of(text("directive.tracking.unit"),
					text("directive.tracking.from"), text("directive.tracking.assignedOn")));
			for (ActionKind k : ActionKind.values()) {
				head.addAll(List.of(text("directive.action." + k.name()), text("directive.tracking.due"),
						text("directive.tracking.doneOn")));
			}
			head.add(text("directive.tracking.attendance"));
			sheet.header(head.toArray(String[]::new));
			for (TrackingBoard.Row row : board.rows()) {
				row(sheet.row(), row);
			}
			TrackingBoard.Summary s = board.summary();
			sheet.skip()
				.row()
				.text(text("directive.tracking.summary", s.units(), s.unitsComplete(), s.actionsDone(), s.actions(),
						s.percentDone(), s.actionsOverdue(), s.actionsDueSoon()));
			sheet.widths(60, 40);
			return sheet.entity("theo-doi-" + board.citation().replaceAll("[^\\p{L}\\p{N}-]+", "-") + ".xlsx");
		}
	}

	/**
	 * One unit's line: unit, from, assigned on, each action's status, due and done,
	 * attendance.
	 */
	private void row(SheetWriter.Line x, TrackingBoard.Row row) {
		x.text(row.unitName()).text(row.fromUnitName()).text(row.assignedOn().format(DATE));
		for (ActionKind kind : ActionKind.values()) {
			TrackingBoard.Cell cell = row.actions().get(kind);
			if (cell == null) {
				x.empty().empty().empty();
				continue;
			}
			x.text(text("directive.actionStatus." + cell.status().name()))
				.text(cell.dueOn().format(DATE))
				.text(cell.doneOn() == null ? "" : cell.doneOn().format(DATE));
		}
		TrackingBoard.Cell d = row.actions().get(ActionKind.DISSEMINATE);
		if (d != null && d.present() != null) {
			x.text(d.present() + "/" + d.total());
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
