package vn.dangvu.membership.transfer;

import vn.dangvu.membership.form.Choices;
import vn.dangvu.membership.form.DateField;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.membership.log.Scoped;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;
import vn.dangvu.platform.web.RequestFields;

/** Transfers (both sides), arrivals from outside, striking off and expulsion. */
@Controller
@RequiredArgsConstructor
class TransferPages {

	private final TransferQueries transfers;

	private final TransferCommands commands;

	private final ArrivalsAndEndings arrivals;

	private final Choices choices;

	private final Messages messages;

	private final PageForms forms;

	private final TableSheet sheet;

	private final Clock clock;

	private final PeopleApi people;

	/**
	 * The transfers list's columns: the page's headers, its sort whitelist and its
	 * export.
	 */
	static final TableSpec<TransferQueries.TransferRow> TRANSFERS = TableSpec.of("chuyen-sinh-hoat",
			"membership.transfers.title", "sentOn", false,
			TableColumn.ofName("name", "membership.candidates.person", TransferQueries.TransferRow::personName),
			TableColumn.<TransferQueries.TransferRow>of("kind", "membership.transfer.kind",
					(t) -> new TableColumn.Text("membership.transfer.kind." + t.kind()))
				.sortedBy(TransferQueries.TransferRow::kind),
			TableColumn.of("from", "membership.transfer.from", TransferQueries.TransferRow::fromCellName),
			TableColumn.of("to", "membership.transfer.to", TransferQueries.TransferRow::toCellName),
			TableColumn.of("sentOn", "membership.transfer.dates", TransferQueries.TransferRow::sentOn),
			TableColumn.of("sendDeadline", "membership.transfer.deadlines", TransferQueries.TransferRow::sendDeadline),
			TableColumn.<TransferQueries.TransferRow>of("state", "membership.transfer.state",
					(t) -> new TableColumn.Text("membership.transfer.state." + t.state()))
				.sortedBy(TransferQueries.TransferRow::state));

	@GetMapping("/membership/transfers")
	String list(@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String format, @RequestParam(required = false) String strike,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response)
			throws IOException {
		Caller caller = CurrentCaller.require();
		List<TransferQueries.TransferRow> rows = this.transfers.list(caller, !all);
		TableRequest request = TRANSFERS.request(page, size, sort);
		if (TableSheet.wanted(format)) {
			this.sheet.write(TRANSFERS, TRANSFERS.sort(rows, request), response);
			return null;
		}
		TablePage<TransferQueries.TransferRow> table = TRANSFERS.page(rows, request);
		model.addAttribute("table", table);
		model.addAttribute("rows", table.getContent());
		// the other side of a finished transfer no longer sees the member: their name is
		// then text, not a link to a timeline that answers 404
		model.addAttribute("openable",
				table.getContent()
					.stream()
					.map(TransferQueries.TransferRow::personId)
					.distinct()
					.filter((id) -> this.people.find(id).isPresent())
					.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("all", all);
		model.addAttribute("canRecord", Scoped.canRecord(caller));
		// the striking-off form opened from a flag elsewhere (the meetings' absences):
		// the member chosen when they are one the caller may act on, the reason proposed;
		// the pickers search on demand (TransferPickerPages), only this one is rendered
		Long asked = (strike != null && strike.strip().matches("\\d{1,18}")) ? Long.valueOf(strike.strip()) : null;
		var struck = (asked != null && Scoped.canRecord(caller)) ? this.choices.member(caller, asked).orElse(null)
				: null;
		model.addAttribute("strike", struck);
		model.addAttribute("strikeReason", (struck != null && reason != null)
				? reason.strip().substring(0, Math.min(500, reason.strip().length())) : null);
		model.addAttribute("cells", this.choices.cells(caller));
		model.addAttribute("today", DateField.format(VietnamTime.today(this.clock)));
		return "membership/transfers";
	}

	@PostMapping("/membership/transfers")
	String send(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(redirect, "membership.transfer.sent", () -> {
			long person = RequestFields.required(DateField.readLong(form.get("personId"), "personId"), "personId",
					"membership.field.required");
			boolean outside = "OUTSIDE".equals(form.get("destination"));
			this.commands.send(CurrentCaller.require(),
					new TransferCommands.TransferInput(person, "TEMPORARY".equals(form.get("kind")),
							"STUDY".equals(form.get("purpose")),
							outside ? null : DateField.readLong(form.get("toCellId"), "toCellId"),
							outside ? form.get("otherUnitName") : null, form.get("letterNumber"),
							date(form.get("letterDate"), "letterDate"), date(form.get("movedOn"), "movedOn"),
							date(form.get("sentOn"), "sentOn"), date(form.get("plannedUntil"), "plannedUntil")));
		});
	}

	@PostMapping("/membership/transfers/{id}/receive")
	String receive(@PathVariable long id, @RequestParam(required = false) String receivedOn,
			RedirectAttributes redirect) {
		return run(redirect, "membership.transfer.received",
				() -> this.commands.receive(CurrentCaller.require(), id, date(receivedOn, "receivedOn")));
	}

	@PostMapping("/membership/transfers/{id}/back")
	String back(@PathVariable long id, @RequestParam(required = false) String backOn, RedirectAttributes redirect) {
		return run(redirect, "membership.transfer.back",
				() -> this.commands.back(CurrentCaller.require(), id, date(backOn, "backOn")));
	}

	@PostMapping("/membership/transfers/incoming")
	String incoming(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(redirect, "membership.transfer.arrived", () -> {
			Long person = DateField.readLong(form.get("personId"), "personId");
			Long cell = DateField.readLong(form.get("cellId"), "cellId");
			if (person == null || cell == null) {
				throw RuleViolationException.onField("personId", "membership.form.chooseBoth");
			}
			this.arrivals.receiveFromOutside(CurrentCaller.require(), person, cell, form.get("otherUnitName"),
					form.get("letterNumber"), date(form.get("letterDate"), "letterDate"),
					date(form.get("receivedOn"), "receivedOn"), "PROBATIONARY".equals(form.get("standing")),
					date(form.get("admittedOn"), "admittedOn"));
		});
	}

	@PostMapping("/membership/endings")
	String end(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(redirect, "membership.ending.recorded", () -> {
			long person = RequestFields.required(DateField.readLong(form.get("personId"), "personId"), "personId",
					"membership.field.required");
			this.arrivals.end(CurrentCaller.require(), person, "EXPELLED".equals(form.get("type")),
					date(form.get("date"), "date"), form.get("documentNumber"),
					date(form.get("documentDate"), "documentDate"), form.get("reason"));
		});
	}

	private String run(RedirectAttributes redirect, String okKey, Runnable action) {
		String back = "redirect:/membership/transfers";
		return this.forms.actUnlessNotFound(redirect, () -> {
			action.run();
			redirect.addFlashAttribute("flashMessage", this.messages.text(okKey));
			return back;
		}, back);
	}

	private static LocalDate date(String text, String field) {
		return DateField.read(text, field);
	}

}
