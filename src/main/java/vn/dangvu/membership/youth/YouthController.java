package vn.dangvu.membership.youth;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.membership.dues.DuesLedgers;
import vn.dangvu.membership.union.MassMembershipLog;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The Youth Union landing: members past the age limit (matured one by one or in bulk,
 * stays recorded), maturations per year, admission and transfers.
 */
@Controller
class YouthController {

	private final YouthService youth;

	private final MessageSource messages;

	private final TableSheet sheet;

	private final Clock clock;

	YouthController(YouthService youth, MessageSource messages, TableSheet sheet, Clock clock) {
		this.sheet = sheet;
		this.youth = youth;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/membership/youth")
	String landing(@RequestParam(required = false) String on, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String format, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String memberPage, @RequestParam(required = false) String memberSize,
			@RequestParam(required = false) String memberSort, @RequestParam(required = false) String memberFormat,
			Model model, HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.require();
		LocalDate day = VietnamTime.today(this.clock);
		if (on != null && !on.isBlank()) {
			try {
				day = PageDates.parse(on);
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("problem", text("mass.date.invalid"));
			}
		}
		boolean canManage = YouthService.mayManage(caller);
		List<MassMembershipLog.UnitRef> units = this.youth.units(caller);
		model.addAttribute("canManage", canManage);
		model.addAttribute("units", units);
		model.addAttribute("on", day);
		model.addAttribute("today", VietnamTime.today(this.clock));
		if (canManage && !units.isEmpty()) {
			model.addAttribute("limits", this.youth.limits(day));
			TableRequest due = YouthService.PAST_LIMIT.request(page, size, sort);
			if (TableSheet.wanted(format)) {
				this.sheet.write(YouthService.PAST_LIMIT, this.youth.pastLimit(caller, day, due, true).getContent(),
						response);
				return null;
			}
			TablePage<YouthService.Candidate> dueTable = this.youth.pastLimit(caller, day, due, false);
			model.addAttribute("page", dueTable);
			model.addAttribute("table", dueTable);
			List<YouthService.YearCount> years = this.youth.maturationsPerYear(caller);
			model.addAttribute("years", years);
			model.addAttribute("maxYear", years.stream().mapToLong(YouthService.YearCount::count).max().orElse(1));
			Long branch = (unit != null) ? unit : this.youth.firstBranchWithMembers(caller).orElse(units.get(0).id());
			model.addAttribute("unitId", branch);
			model.addAttribute("unitName", this.youth.unit(caller, branch).name());
			TableRequest members = YouthService.MEMBERS.request(memberPage, memberSize, memberSort);
			if (TableSheet.wanted(memberFormat)) {
				this.sheet.write(YouthService.MEMBERS, this.youth.members(caller, branch, members, true).getContent(),
						response);
				return null;
			}
			model.addAttribute("members", this.youth.members(caller, branch, members, false));
		}
		return "membership/youth/index";
	}

	@PostMapping("/membership/youth/mature")
	String mature(@RequestParam(name = "person", required = false) List<Long> persons,
			@RequestParam(required = false) String on, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		LocalDate day = date(on);
		if (persons == null || persons.isEmpty()) {
			redirect.addFlashAttribute("flashError", text("youth.mature.noneSelected"));
			return "redirect:/membership/youth?on=" + day;
		}
		// each member in its own transaction: one refusal does not undo the others
		Caller caller = CurrentCaller.require();
		String text = trim(note);
		List<String> done = new java.util.ArrayList<>();
		List<String> refused = new java.util.ArrayList<>();
		for (Long id : persons.stream().distinct().limit(1000).toList()) {
			try {
				done.add(this.youth.mature(caller, id, day, text));
			}
			catch (NotFoundException ex) {
				refused.add(text("youth.mature.notFound"));
			}
			catch (DomainException ex) {
				refused.add(text(ex.messageKey(), ex.args()));
			}
		}
		if (!done.isEmpty()) {
			redirect.addFlashAttribute("flashMessage",
					text("youth.mature.done", done.size(), done.size() + refused.size(), String.join(", ", done)));
		}
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("flashError",
					text("youth.mature.refused", refused.size(), String.join(" · ", refused)));
		}
		return "redirect:/membership/youth?on=" + day;
	}

	@PostMapping("/membership/youth/stay")
	String stay(@RequestParam long person, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String on,
			RedirectAttributes redirect) {
		LocalDate day = date(on);
		return act(redirect, "redirect:/membership/youth?on=" + day, () -> {
			this.youth.recordStay(CurrentCaller.require(), person, kind, reason, day);
			return text("youth.stay.saved");
		});
	}

	@PostMapping("/membership/youth/join")
	String join(@RequestParam(required = false) String cccd, @RequestParam long unit,
			@RequestParam(required = false) String date, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(redirect, "redirect:/membership/youth?unit=" + unit, () -> {
			MassMembershipLog.PersonRef p = this.youth.join(CurrentCaller.require(), cccd, unit, date(date),
					trim(note));
			return text("youth.joined", p.fullName());
		});
	}

	@PostMapping("/membership/youth/transfer")
	String transfer(@RequestParam long person, @RequestParam long unit, @RequestParam(required = false) Long toUnit,
			@RequestParam(required = false) String date, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(redirect, "redirect:/membership/youth?unit=" + unit, () -> {
			if (toUnit == null) {
				throw RuleViolationException.onField("toUnitId", "mass.unit.unknown");
			}
			this.youth.transfer(CurrentCaller.require(), person, toUnit, date(date), trim(note));
			return text("youth.transferred");
		});
	}

	@PostMapping("/membership/youth/leave")
	String leave(@RequestParam long person, @RequestParam long unit, @RequestParam(required = false) String date,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, "redirect:/membership/youth?unit=" + unit, () -> {
			String name = this.youth.leave(CurrentCaller.require(), person, strictDate(date), reason);
			return text("youth.left", name);
		});
	}

	private String act(RedirectAttributes redirect, String target, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flashMessage", action.get());
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return target;
	}

	private static int clamp(int page) {
		return Math.max(0, Math.min(page, 100_000));
	}

	private LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return VietnamTime.today(this.clock);
		}
		try {
			return PageDates.parse(text);
		}
		catch (DateTimeParseException ex) {
			return VietnamTime.today(this.clock);
		}
	}

	private LocalDate strictDate(String text) {
		if (text == null || text.isBlank()) {
			return VietnamTime.today(this.clock);
		}
		try {
			return PageDates.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.onField("date", "mass.date.invalid");
		}
	}

	private static String trim(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		if (t.length() > 500) {
			throw RuleViolationException.onField("note", "mass.text.tooLong", 500);
		}
		return t;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
