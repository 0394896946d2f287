package vn.dangvu.membership.probation;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.membership.form.Choices;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TablePage;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSheet;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.time.VietnamTime;

/** The probation list page and its export. */
@Controller
@RequiredArgsConstructor
class ProbationPages {

	private final ProbationList probation;

	private final Choices choices;

	private final TableSheet sheet;

	private final Clock clock;

	/**
	 * The probation list's columns: the page's headers, its sort whitelist and its
	 * export.
	 */
	static final TableSpec<ProbationList.ProbationRow> PROBATION = TableSpec.of("thu-thach",
			"membership.probation.title", "endsOn", true,
			TableColumn.ofName("name", "membership.candidates.person", ProbationList.ProbationRow::fullName),
			TableColumn.of("cell", "membership.admission.cell", ProbationList.ProbationRow::cellName),
			TableColumn.of("admittedOn", "membership.probation.admittedOn", ProbationList.ProbationRow::admittedOn),
			TableColumn.of("endsOn", "membership.probation.end", ProbationList.ProbationRow::endsOn),
			TableColumn.of("daysLeft", "membership.probation.left", ProbationList.ProbationRow::daysLeft),
			TableColumn.of("conversionDeadline", "membership.probation.conversionDeadline",
					ProbationList.ProbationRow::conversionDeadline));

	@GetMapping("/membership/probation")
	String probation(@RequestParam(required = false) Long unit, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String format, Model model, HttpServletResponse response)
			throws IOException {
		Caller caller = CurrentCaller.require();
		List<ProbationList.ProbationRow> rows = this.probation.list(caller, unit, VietnamTime.today(this.clock));
		TableRequest request = PROBATION.request(page, size, sort);
		if (TableSheet.wanted(format)) {
			this.sheet.write(PROBATION, PROBATION.sort(rows, request), response);
			return null;
		}
		TablePage<ProbationList.ProbationRow> table = PROBATION.page(rows, request);
		model.addAttribute("table", table);
		model.addAttribute("rows", table.getContent());
		model.addAttribute("cells", this.choices.cells(caller));
		model.addAttribute("unit", unit);
		return "membership/probation";
	}

}
