package vn.dangvu.programme.progress;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.Choice;
import vn.dangvu.platform.web.PageForms;
import vn.dangvu.programme.ActivityStatus;
import vn.dangvu.programme.progress.ProgressQueries.ActivityProgress;
import vn.dangvu.programme.progress.ProgressQueries.OwnerRow;
import vn.dangvu.programme.progress.RollUp.Figures;

/**
 * The progress pages (decision 0272): a programme's progress with the roll-up rule in
 * words and the caller's own owner rows, one activity's "Cập nhật tiến độ" form with its
 * history, the board and its XLSX, the charts, and an indicator's values by period.
 */
@Controller
@RequiredArgsConstructor
class ProgressPages {

	private final ProgressQueries queries;

	private final ProgressRecords records;

	private final IndicatorValues values;

	private final DirectiveApi directives;

	private final PageForms forms;

	private final Messages messages;

	@GetMapping("/programmes/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("o", this.queries.overview(id, null, caller));
		model.addAttribute("mine", this.queries.myRows(id, caller));
		return "programme/progress";
	}

	@GetMapping("/programmes/{id}/activities/{activityId}/progress")
	String activity(@PathVariable long id, @PathVariable long activityId, @RequestParam(required = false) String unit,
			Model model) {
		Caller caller = CurrentCaller.require();
		Long unitId = FormValues.id("unit", unit);
		ActivityProgress a = activityOf(id, activityId, unitId, caller);
		ProgressForm form = new ProgressForm();
		OwnerRow row = (unitId == null || a.owners().size() != 1) ? null : a.owners().get(0);
		if (row != null) {
			form.setUnitId(Long.toString(row.unitId()));
			form.setStatus(row.status().name());
			// the percent a status implies (0 not started, 100 done) is left blank: a row
			// not started then marked "Đã xong" must not send its 0 (refused with DONE)
			if (row.status() == ActivityStatus.IN_PROGRESS || row.status() == ActivityStatus.CANCELLED) {
				form.setPercent(Integer.toString(row.percent()));
			}
			form.setVersion(Integer.toString(row.version()));
		}
		model.addAttribute("form", form);
		return activityPage(model, a, row, caller);
	}

	@PostMapping("/programmes/{id}/activities/{activityId}/progress")
	String record(@PathVariable long id, @PathVariable long activityId, @ModelAttribute("form") ProgressForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		Long unitId = FormValues.id("unitId", form.getUnitId());
		ActivityProgress a = activityOf(id, activityId, unitId, caller);
		OwnerRow row = (unitId == null || a.owners().size() != 1) ? null : a.owners().get(0);
		return this.forms.submit(binding, () -> {
			this.records.record(activityId,
					new ProgressRecords.ProgressInput(unitId,
							FormValues.choice(ActivityStatus.class, "status", form.getStatus()),
							FormValues.integer("percent", form.getPercent()), null, form.getNote(),
							FormValues.id("documentId", form.getDocumentId()), null, form.getFileRef(),
							FormValues.integer("version", form.getVersion())),
					caller);
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.progress.saved"));
			return "redirect:/programmes/" + id + "/activities/" + activityId + "/progress?unit=" + unitId;
		}, () -> activityPage(model, a, row, caller));
	}

	private ActivityProgress activityOf(long id, long activityId, Long unitId, Caller caller) {
		ActivityProgress a = this.queries.activity(activityId, unitId, caller);
		if (a.activity().programmeId() != id) {
			throw NotFoundException.of("activity", activityId);
		}
		return a;
	}

	private String activityPage(Model model, ActivityProgress a, OwnerRow row, Caller caller) {
		model.addAttribute("a", a);
		model.addAttribute("row", row);
		if (row != null && row.mayWrite()) {
			model.addAttribute("statuses",
					Arrays.stream(ActivityStatus.values())
						.map((s) -> Choice.of(s.name(), this.messages.text("programme.status." + s.name())))
						.toList());
			model.addAttribute("documents",
					Choice.of(this.directives
						.search(new DocumentQuery(null, null, null, null, null, "date", 0, 100), caller)
						.items(), (d) -> d.id(), (d) -> d.citation() + " — " + d.summary()));
		}
		return "programme/progress-form";
	}

	@GetMapping("/programmes/{id}/board")
	String board(@PathVariable long id, @RequestParam(required = false) String area,
			@RequestParam(required = false) String unitPage, Model model) {
		Caller caller = CurrentCaller.require();
		Long areaId = lenientId(area);
		Long page = lenientId(unitPage);
		ProgressQueries.Board board = this.queries.board(id, areaId, (page == null) ? 0 : page.intValue(), caller);
		model.addAttribute("b", board);
		model.addAttribute("areaChoices",
				this.queries.overview(id, null, caller)
					.areas()
					.stream()
					.map((a) -> Choice.of(a.id(), a.title()))
					.toList());
		return "programme/board";
	}

	@GetMapping("/programmes/{id}/board.xlsx")
	ResponseEntity<byte[]> boardSheet(@PathVariable long id, @RequestParam(required = false) String area,
			@RequestParam(required = false) String unitPage, HttpServletResponse response) {
		Caller caller = CurrentCaller.require();
		Long page = lenientId(unitPage);
		ProgressQueries.Board b = this.queries.board(id, lenientId(area), (page == null) ? 0 : page.intValue(), caller);
		try (SheetWriter sheet = SheetWriter.open(this.messages.text("programme.board.sheet"))) {
			sheet.title(this.messages.text("programme.board.of", b.title()));
			sheet.title(this.messages.text("programme.rollUp.rule." + b.rule().name()));
			sheet.skip();
			String[] header = new String[3 + b.units().size()];
			header[0] = this.messages.text("programme.board.task");
			header[1] = this.messages.text("programme.board.percent");
			header[2] = this.messages.text("programme.board.allUnits");
			for (int i = 0; i < b.units().size(); i++) {
				header[3 + i] = b.units().get(i).name();
			}
			sheet.header(header).freezeAbove();
			for (ProgressQueries.BoardArea a : b.areas()) {
				sheet.row().bold().text(a.title()).value(percentText(a.figures())).text(countsText(a.figures()));
				for (ProgressQueries.BoardTask t : a.tasks()) {
					SheetWriter.Line line = sheet.row()
						.plain()
						.text(t.code() + " " + t.title())
						.value(percentText(t.figures()))
						.text(countsText(t.figures()));
					for (Figures f : t.cells()) {
						line.text(countsText(f));
					}
				}
			}
			sheet.widths(50, 14, 40);
			return sheet.entity("bang-theo-doi-" + id + ".xlsx");
		}
	}

	private String percentText(Figures f) {
		return (f == null || f.percent() == null) ? this.messages.text("programme.rollUp.none") : f.percent() + "%";
	}

	private String countsText(Figures f) {
		if (f == null || !f.hasActivities()) {
			return this.messages.text("programme.rollUp.noActivities");
		}
		RollUp.Counts c = f.counts();
		return this.messages.text("programme.board.countsText", c.done(), c.onTrack(), c.atRisk(), c.overdue());
	}

	@GetMapping("/programmes/{id}/charts")
	String charts(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("o", this.queries.overview(id, null, caller));
		model.addAttribute("timeline", this.queries.timeline(id, caller));
		model.addAttribute("indicators", this.queries.indicators(id, caller));
		return "programme/charts";
	}

	@GetMapping("/programmes/{id}/indicators/{indicatorId}/values")
	String values(@PathVariable long id, @PathVariable long indicatorId, Model model) {
		Caller caller = CurrentCaller.require();
		ValueForm form = new ValueForm();
		form.setPeriod(ValuePeriod.QUARTER.name());
		model.addAttribute("form", form);
		return valuesPage(id, indicatorId, model, caller);
	}

	@PostMapping("/programmes/{id}/indicators/{indicatorId}/values")
	String recordValue(@PathVariable long id, @PathVariable long indicatorId, @ModelAttribute("form") ValueForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		this.values.indicator(id, indicatorId, caller);
		return this.forms.submit(binding, () -> {
			this.values.record(id, indicatorId,
					new IndicatorValues.ValueInput(FormValues.choice(ValuePeriod.class, "period", form.getPeriod()),
							FormValues.integer("year", form.getYear()), FormValues.integer("number", form.getNumber()),
							FormValues.number("value", form.getValue()), form.getNote()),
					caller);
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.value.saved"));
			return "redirect:/programmes/" + id + "/indicators/" + indicatorId + "/values";
		}, () -> valuesPage(id, indicatorId, model, caller));
	}

	private String valuesPage(long id, long indicatorId, Model model, Caller caller) {
		model.addAttribute("indicator", this.values.indicator(id, indicatorId, caller));
		model.addAttribute("values", this.values.values(id, indicatorId, caller));
		model.addAttribute("programmeId", id);
		model.addAttribute("mayWrite", this.values.mayRecord(id, caller));
		model.addAttribute("periods",
				Arrays.stream(ValuePeriod.values())
					.map((p) -> Choice.of(p.name(), this.messages.text("programme.valuePeriod." + p.name())))
					.toList());
		return "programme/values";
	}

	private static Long lenientId(String text) {
		if (text == null || !text.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Long.valueOf(text.strip());
	}

}
