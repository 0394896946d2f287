package vn.dangvu.membership.mass;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;

/**
 * Joining, transfers and leaving on the Youth Union and trade-union pages
 * ({@code /membership/youth/…}, {@code /membership/union/…}), and the trade-union
 * landing: the members of a union unit. The Youth Union landing is {@link YouthPages}.
 */
@Controller
@RequiredArgsConstructor
class MassPages {

	private static final String ORG = "/membership/{org:youth|union}";

	private final MassMembership mass;

	private final MassForms forms;

	private final TableSheet sheet;

	@GetMapping("/membership/union")
	String union(@RequestParam(required = false) Long unit, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String format, Model model, HttpServletResponse response)
			throws IOException {
		MassOrganisation org = MassOrganisation.UNION;
		Caller caller = CurrentCaller.require();
		List<MassUnit> units = this.mass.units(org, caller);
		if (unit == null && !units.isEmpty()) {
			unit = this.mass.firstWithMembers(org, caller).orElse(units.get(0).id());
		}
		model.addAttribute("units", units);
		model.addAttribute("unitId", unit);
		model.addAttribute("today", this.forms.today());
		model.addAttribute("canManage", org.mayManage(caller));
		if (unit != null) {
			model.addAttribute("unitName", this.mass.unit(org, caller, unit).name());
			TableRequest request = org.members().request(page, size, sort);
			if (TableSheet.wanted(format)) {
				this.sheet.write(org.members(), this.mass.members(org, caller, unit, request, true).getContent(),
						response);
				return null;
			}
			TablePage<MassMember> table = this.mass.members(org, caller, unit, request, false);
			model.addAttribute("page", table);
			model.addAttribute("table", table);
		}
		return "membership/mass/union";
	}

	@PostMapping(ORG + "/join")
	String join(@PathVariable("org") String name, @RequestParam(required = false) String cccd, @RequestParam long unit,
			@RequestParam(required = false) String date, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		MassOrganisation org = MassOrganisation.of(name);
		return this.forms.act(redirect, back(org, unit), () -> {
			MassMembershipLog.PersonRef p = this.mass.join(org, CurrentCaller.require(), cccd, unit,
					this.forms.date(org, date), MassForms.trim(note));
			return this.forms.text(org.key("joined"), p.fullName());
		});
	}

	@PostMapping(ORG + "/transfer")
	String transfer(@PathVariable("org") String name, @RequestParam long person, @RequestParam long unit,
			@RequestParam(required = false) Long toUnit, @RequestParam(required = false) String date,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		MassOrganisation org = MassOrganisation.of(name);
		return this.forms.act(redirect, back(org, unit), () -> {
			if (toUnit == null) {
				throw RuleViolationException.onField("toUnitId", "mass.unit.unknown");
			}
			this.mass.transfer(org, CurrentCaller.require(), person, toUnit, this.forms.date(org, date),
					MassForms.trim(note));
			return this.forms.text(org.key("transferred"));
		});
	}

	@PostMapping(ORG + "/leave")
	String leave(@PathVariable("org") String name, @RequestParam long person, @RequestParam long unit,
			@RequestParam(required = false) String date, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		MassOrganisation org = MassOrganisation.of(name);
		return this.forms.act(redirect, back(org, unit), () -> {
			Caller caller = CurrentCaller.require();
			LocalDate on = this.forms.date(date);
			String why = org.lenientForms() ? reason : MassForms.trim(reason);
			String left = this.mass.leave(org, caller, person, on, why);
			return this.forms.text(org.key("left"), left);
		});
	}

	private static String back(MassOrganisation org, long unit) {
		return "redirect:" + org.landing() + "?unit=" + unit;
	}

}
