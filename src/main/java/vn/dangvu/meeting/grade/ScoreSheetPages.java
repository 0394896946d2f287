package vn.dangvu.meeting.grade;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;

/**
 * The score sheets on screen: the ones that bear on the caller's cells, one sheet, and a
 * new sheet for a committee's subtree, started from a copy of an existing one.
 */
@Controller
@RequiredArgsConstructor
class ScoreSheetPages {

	/** Blank rows offered below the copied criteria. */
	static final int BLANK_ROWS = 3;

	private final ScoreSheetEditing editing;

	private final PageForms forms;

	private final Messages messages;

	private final Clock clock;

	@GetMapping("/meetings/score-sheets")
	String list(Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("sheets", this.editing.list(caller));
		model.addAttribute("mayDefine", ScoreSheetEditing.mayDefine(caller));
		return "meeting/score-sheets";
	}

	@GetMapping("/meetings/score-sheets/{id}")
	String show(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("sheet", this.editing.sheet(id, caller));
		model.addAttribute("row",
				this.editing.list(caller).stream().filter((r) -> r.id() == id).findFirst().orElseThrow());
		model.addAttribute("mayDefine", ScoreSheetEditing.mayDefine(caller));
		return "meeting/score-sheet";
	}

	@GetMapping("/meetings/score-sheets/new")
	String form(@RequestParam(required = false) Long copy, Model model) {
		Caller caller = CurrentCaller.require();
		requireDefiner(caller);
		List<ScoreSheetEditing.SheetRow> sheets = this.editing.list(caller);
		long from = (copy != null) ? copy
				: sheets.stream().filter((r) -> r.unitId() == null).findFirst().orElseThrow().id();
		ScoreSheet base = this.editing.sheet(from, caller);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("validFrom", PageDates.format(VietnamTime.today(this.clock).plusDays(1)));
		values.put("name", base.name());
		values.put("source", "");
		values.put("goodMin", base.goodMin().stripTrailingZeros().toPlainString());
		values.put("fairMin", base.fairMin().stripTrailingZeros().toPlainString());
		values.put("averageMin", base.averageMin().stripTrailingZeros().toPlainString());
		int i = 0;
		for (ScoreSheet.Criterion c : base.criteria()) {
			values.put("code_" + i, c.code());
			values.put("labelVi_" + i, c.labelVi());
			values.put("labelEn_" + i, c.labelEn());
			values.put("points_" + i, c.points().stripTrailingZeros().toPlainString());
			values.put("autoCheck_" + i, (c.autoCheck() == null) ? "" : c.autoCheck());
			values.put("threshold_" + i,
					(c.threshold() == null) ? "" : c.threshold().stripTrailingZeros().toPlainString());
			values.put("mustFull_" + i, c.mustFull() ? "true" : "");
			i++;
		}
		return showForm(model, caller, values, i + BLANK_ROWS, Map.of());
	}

	@PostMapping("/meetings/score-sheets")
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		Caller caller = CurrentCaller.require();
		requireDefiner(caller);
		Map<String, String> errors = new LinkedHashMap<>();
		int rows = rows(form);
		return this.forms.submitKeepingStatus(errors, "criteria", () -> {
			long id = this.editing.create(draft(form, rows), caller);
			redirect.addFlashAttribute("flashMessage", this.messages.text("meeting.sheet.created"));
			return "redirect:/meetings/score-sheets/" + id;
		}, () -> showForm(model, caller, form, rows, errors));
	}

	private String showForm(Model model, Caller caller, Map<String, String> values, int rows,
			Map<String, String> errors) {
		model.addAttribute("values", values);
		model.addAttribute("rows", java.util.stream.IntStream.range(0, rows).boxed().toList());
		model.addAttribute("units", this.editing.units(caller));
		model.addAttribute("admin", caller.isAdmin());
		model.addAttribute("checks", ScoreSheetEditing.AUTO_CHECKS);
		model.addAttribute("errors", errors);
		return "meeting/score-sheet-form";
	}

	private static void requireDefiner(Caller caller) {
		if (!ScoreSheetEditing.mayDefine(caller)) {
			throw new NotPermittedException("meeting.sheet.notPermitted");
		}
	}

	private static int rows(Map<String, String> form) {
		int rows = 0;
		while (rows < ScoreSheetEditing.MAX_CRITERIA + BLANK_ROWS && form.containsKey("code_" + rows)) {
			rows++;
		}
		return rows;
	}

	private static ScoreSheetEditing.Draft draft(Map<String, String> form, int rows) {
		List<ScoreSheetEditing.CriterionDraft> criteria = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			criteria.add(new ScoreSheetEditing.CriterionDraft(form.get("code_" + i), form.get("labelVi_" + i),
					form.get("labelEn_" + i),
					number("criteria[" + criteria.size() + "].points", form.get("points_" + i)),
					form.get("autoCheck_" + i),
					number("criteria[" + criteria.size() + "].threshold", form.get("threshold_" + i)),
					"true".equals(form.get("mustFull_" + i))));
		}
		String unit = form.get("unitId");
		Long unitId = null;
		if (unit != null && !unit.isBlank()) {
			if (!unit.strip().matches("\\d{1,18}")) {
				throw RuleViolationException.onField("unitId", "meeting.sheet.unitOutside");
			}
			unitId = Long.valueOf(unit.strip());
		}
		return new ScoreSheetEditing.Draft(unitId,
				PageDates.parseDay("validFrom", form.get("validFrom"), "meeting.date.invalid"), form.get("name"),
				form.get("source"), number("goodMin", form.get("goodMin")), number("fairMin", form.get("fairMin")),
				number("averageMin", form.get("averageMin")), criteria);
	}

	private static BigDecimal number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField(field, "meeting.number.invalid", text);
		}
	}

}
