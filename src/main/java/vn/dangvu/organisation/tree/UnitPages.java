package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.PageDates;

/** The tree browser, its lazily loaded branches and the page of one unit. */
@Controller
@RequiredArgsConstructor
class UnitPages {

	private static final int SEARCH_LIMIT = 100;

	private final UnitQueries queries;

	private final UnitHistoryQueries past;

	private final UnitScopes scopes;

	private final UnitPermissions permissions;

	@GetMapping("/units")
	String tree(@RequestParam(required = false) String q, @RequestParam(required = false) String asOf,
			@RequestParam(defaultValue = "false") boolean closed, Model model) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		LocalDate date = parseDate(asOf);
		model.addAttribute("q", q == null ? "" : q.trim());
		model.addAttribute("asOf", date);
		model.addAttribute("closed", closed);
		model.addAttribute("isAdmin", caller.isAdmin());
		model.addAttribute("canManage", caller.canManageUnits());
		if (q != null && !q.isBlank()) {
			model.addAttribute("hits", this.queries.search(q, scope, closed || date != null, SEARCH_LIMIT));
		}
		else {
			model.addAttribute("nodes",
					(date != null) ? this.past.rootsAsOf(scope, date) : this.queries.roots(scope, closed));
		}
		return "organisation/units";
	}

	@GetMapping("/units/{id}/children")
	String children(@PathVariable long id, @RequestParam(required = false) String asOf,
			@RequestParam(defaultValue = "false") boolean closed, Model model) {
		UnitScope scope = this.scopes.current();
		this.queries.require(id, scope);
		LocalDate date = parseDate(asOf);
		model.addAttribute("nodes",
				(date != null) ? this.past.childrenAsOf(id, scope, date) : this.queries.children(id, scope, closed));
		model.addAttribute("asOf", date);
		model.addAttribute("closed", closed);
		return "organisation/tree :: nodes";
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		UnitDto unit = this.queries.require(id, scope);
		model.addAttribute("unit", unit);
		model.addAttribute("trail", this.queries.breadcrumb(unit, scope));
		model.addAttribute("children", this.queries.children(id, scope, true));
		model.addAttribute("history", this.past.history(id, scope));
		model.addAttribute("actions", this.permissions.actions(caller, scope, unit));
		model.addAttribute("parent",
				unit.parentId() == null ? null : this.queries.find(unit.parentId(), scope).orElse(null));
		model.addAttribute("mergedInto", unit.isOpen() ? null : this.queries.mergedInto(id, scope).orElse(null));
		model.addAttribute("canAudit", caller.canViewAudit());
		return "organisation/unit";
	}

	/** A unit id from a link or hidden field; anything unreadable counts as none. */
	static Long parseId(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Long.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A date typed into the "as of" box; anything unreadable shows today's tree. */
	static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return PageDates.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
