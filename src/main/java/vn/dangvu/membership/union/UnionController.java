package vn.dangvu.membership.union;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

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

/** The trade-union landing: members of a union unit, joining, transfers and leaving. */
@Controller
class UnionController {

	private final UnionMembership union;

	private final MessageSource messages;

	private final TableSheet sheet;

	private final Clock clock;

	UnionController(UnionMembership union, MessageSource messages, TableSheet sheet, Clock clock) {
		this.sheet = sheet;
		this.union = union;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/membership/union")
	String landing(@RequestParam(required = false) Long unit, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String format, Model model, HttpServletResponse response)
			throws IOException {
		Caller caller = CurrentCaller.require();
		List<MassMembershipLog.UnitRef> units = this.union.units(caller);
		if (unit == null && !units.isEmpty()) {
			unit = this.union.firstWithMembers(caller).orElse(units.get(0).id());
		}
		model.addAttribute("units", units);
		model.addAttribute("unitId", unit);
		model.addAttribute("today", VietnamTime.today(this.clock));
		model.addAttribute("canManage", UnionMembership.mayManage(caller));
		if (unit != null) {
			model.addAttribute("unitName", this.union.unit(caller, unit).name());
			TableRequest request = UnionMembership.MEMBERS.request(page, size, sort);
			if (TableSheet.wanted(format)) {
				this.sheet.write(UnionMembership.MEMBERS, this.union.members(caller, unit, request, true).getContent(),
						response);
				return null;
			}
			TablePage<UnionMembership.Member> table = this.union.members(caller, unit, request, false);
			model.addAttribute("page", table);
			model.addAttribute("table", table);
		}
		return "membership/union/index";
	}

	@PostMapping("/membership/union/join")
	String join(@RequestParam(required = false) String cccd, @RequestParam long unit,
			@RequestParam(required = false) String date, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(redirect, unit, () -> {
			MassMembershipLog.PersonRef p = this.union.join(CurrentCaller.require(), cccd, unit, date(date),
					trim(note));
			return text("union.joined", p.fullName());
		});
	}

	@PostMapping("/membership/union/transfer")
	String transfer(@RequestParam long person, @RequestParam long unit, @RequestParam(required = false) Long toUnit,
			@RequestParam(required = false) String date, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(redirect, unit, () -> {
			if (toUnit == null) {
				throw RuleViolationException.onField("toUnitId", "mass.unit.unknown");
			}
			this.union.transfer(CurrentCaller.require(), person, toUnit, date(date), trim(note));
			return text("union.transferred");
		});
	}

	@PostMapping("/membership/union/leave")
	String leave(@RequestParam long person, @RequestParam long unit, @RequestParam(required = false) String date,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, unit, () -> {
			this.union.leave(CurrentCaller.require(), person, date(date), trim(reason));
			return text("union.left");
		});
	}

	private String act(RedirectAttributes redirect, long unit, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flashMessage", action.get());
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return "redirect:/membership/union?unit=" + unit;
	}

	LocalDate date(String text) {
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

	static String trim(String text) {
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
