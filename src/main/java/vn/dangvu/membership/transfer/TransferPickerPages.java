package vn.dangvu.membership.transfer;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.membership.form.Choices;
import vn.dangvu.membership.form.PickerSearch;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * The searches behind the transfers page's pickers (issue 8, decision 0279): the page no
 * longer renders every member of the scope twice, every non-member and every cell of the
 * country; each picker asks for the few that match what is typed ({@link PickerSearch}).
 * The forms' POSTs are unchanged.
 */
@Controller
@RequiredArgsConstructor
class TransferPickerPages {

	private final Choices choices;

	/**
	 * The options of a picker and, out of band, its status line (htmx): {@code members}
	 * of the caller's scope (the member sent, struck off or expelled), {@code people} of
	 * the scope who are not Party members (who arrives from outside), every open
	 * {@code cells} of the country (where a transfer goes).
	 */
	@GetMapping("/membership/transfers/{picker:members|people|cells}")
	String search(@PathVariable String picker, @RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Target", required = false) String target, Model model) {
		Caller caller = CurrentCaller.require();
		return switch (picker) {
			case "members" -> PickerSearch.answer(caller, q, target, "t-person", "membership.transfer.search.members",
					(query, limit) -> this.choices.members(caller, query, limit), model);
			case "people" -> PickerSearch.answer(caller, q, target, "i-person", "membership.candidates.search",
					(query, limit) -> this.choices.nonMembers(caller, query, limit), model);
			default -> PickerSearch.answer(caller, q, target, "t-to", "membership.transfer.search.cells",
					this.choices::cells, model);
		};
	}

}
