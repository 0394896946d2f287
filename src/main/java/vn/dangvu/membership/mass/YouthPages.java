package vn.dangvu.membership.mass;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.web.PageForms;

/**
 * The Youth Union landing: members past the age limit (matured one by one or in bulk,
 * stays recorded), maturations per year, admission and transfers (the forms of
 * {@link MassPages}).
 */
@Controller
@RequiredArgsConstructor
class YouthPages {

	private static final MassOrganisation YOUTH = MassOrganisation.YOUTH;

	private final MassMembership mass;

	private final YouthMaturation youth;

	private final YouthRules rules;

	private final MassForms forms;

	private final TableSheet sheet;

	private final PageForms pageForms;

	@GetMapping("/membership/youth")
	String landing(@RequestParam(required = false) String on, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String format, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String memberPage, @RequestParam(required = false) String memberSize,
			@RequestParam(required = false) String memberSort, @RequestParam(required = false) String memberFormat,
			Model model, HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.require();
		LocalDate day = this.forms.today();
		if (on != null && !on.isBlank()) {
			try {
				day = PageDates.parse(on);
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("problem", this.forms.text("mass.date.invalid"));
			}
		}
		boolean canManage = YOUTH.mayManage(caller);
		List<MassUnit> units = this.mass.units(YOUTH, caller);
		model.addAttribute("canManage", canManage);
		model.addAttribute("units", units);
		model.addAttribute("on", day);
		model.addAttribute("today", this.forms.today());
		if (canManage && !units.isEmpty()) {
			model.addAttribute("limits", this.rules.limits(day));
			TableRequest due = YouthMaturation.PAST_LIMIT.request(page, size, sort);
			if (TableSheet.wanted(format)) {
				this.sheet.write(YouthMaturation.PAST_LIMIT, this.youth.pastLimit(caller, day, due, true).getContent(),
						response);
				return null;
			}
			TablePage<YouthCandidate> dueTable = this.youth.pastLimit(caller, day, due, false);
			model.addAttribute("page", dueTable);
			model.addAttribute("table", dueTable);
			List<YearCount> years = this.youth.maturationsPerYear(caller);
			model.addAttribute("years", years);
			model.addAttribute("maxYear", years.stream().mapToLong(YearCount::count).max().orElse(1));
			Long branch = (unit != null) ? unit : this.mass.firstWithMembers(YOUTH, caller).orElse(units.get(0).id());
			model.addAttribute("unitId", branch);
			model.addAttribute("unitName", this.mass.unit(YOUTH, caller, branch).name());
			TableRequest members = YOUTH.members().request(memberPage, memberSize, memberSort);
			if (TableSheet.wanted(memberFormat)) {
				this.sheet.write(YOUTH.members(), this.mass.members(YOUTH, caller, branch, members, true).getContent(),
						response);
				return null;
			}
			model.addAttribute("members", this.mass.members(YOUTH, caller, branch, members, false));
		}
		return "membership/mass/youth";
	}

	@PostMapping("/membership/youth/mature")
	String mature(@RequestParam(name = "person", required = false) List<Long> persons,
			@RequestParam(required = false) String on, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		LocalDate day = this.forms.dateOrToday(on);
		if (persons == null || persons.isEmpty()) {
			redirect.addFlashAttribute("flashError", this.forms.text("youth.mature.noneSelected"));
			return "redirect:/membership/youth?on=" + day;
		}
		// each member in its own transaction: one refusal does not undo the others
		Caller caller = CurrentCaller.require();
		String text = MassForms.trim(note);
		List<String> done = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (Long id : persons.stream().distinct().limit(1000).toList()) {
			this.pageForms.attempt(PageForms::any,
					(ex) -> refused.add((ex instanceof NotFoundException) ? this.forms.text("youth.mature.notFound")
							: this.forms.text(ex.messageKey(), ex.args())),
					() -> done.add(this.youth.mature(caller, id, day, text)), () -> false);
		}
		if (!done.isEmpty()) {
			redirect.addFlashAttribute("flashMessage", this.forms.text("youth.mature.done", done.size(),
					done.size() + refused.size(), String.join(", ", done)));
		}
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("flashError",
					this.forms.text("youth.mature.refused", refused.size(), String.join(" · ", refused)));
		}
		return "redirect:/membership/youth?on=" + day;
	}

	@PostMapping("/membership/youth/stay")
	String stay(@RequestParam long person, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String on,
			RedirectAttributes redirect) {
		LocalDate day = this.forms.dateOrToday(on);
		return this.forms.act(redirect, "redirect:/membership/youth?on=" + day, () -> {
			this.youth.recordStay(CurrentCaller.require(), person, kind, reason, day);
			return this.forms.text("youth.stay.saved");
		});
	}

}
