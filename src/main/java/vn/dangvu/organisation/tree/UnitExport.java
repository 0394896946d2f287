package vn.dangvu.organisation.tree;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The caller's visible part of the unit tree as an Excel workbook, in tree order, with
 * the same date and closed-unit choices as the tree page.
 */
@Controller
@RequiredArgsConstructor
class UnitExport {

	private static final String[] HEADERS = { "code", "name", "shortName", "kind", "parent", "depth", "establishedOn",
			"closedOn", "mergedInto" };

	private static final int[] WIDTHS = { 16, 60, 24, 26, 50, 8, 16, 22, 50 };

	private static final int MAX_INDENT = 15;

	private final UnitQueries queries;

	private final UnitHistoryQueries past;

	private final UnitScopes scopes;

	private final Messages messages;

	private final Clock clock;

	@GetMapping("/units/export")
	void export(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "false") boolean closed,
			HttpServletResponse response) throws IOException {
		UnitScope scope = this.scopes.current();
		LocalDate date = UnitPages.parseDate(asOf);
		List<UnitDto> units = (date != null) ? this.past.listAsOf(scope, date, null, null)
				: this.queries.list(scope, null, null, closed);
		Map<Long, String> names = new HashMap<>();
		units.forEach((u) -> names.put(u.id(), u.name()));
		int top = units.stream().mapToInt(UnitDto::depth).min().orElse(0);
		try (SheetWriter sheet = SheetWriter.open(text("unit.export.sheet"))) {
			sheet.header(Arrays.stream(HEADERS).map((h) -> text("unit.export.col." + h)).toArray(String[]::new))
				.freezeAbove()
				.widths(WIDTHS);
			for (UnitDto u : units) {
				int level = u.depth() - top;
				sheet.row()
					.text(u.code())
					.indent(Math.min(level, MAX_INDENT))
					.text(u.name())
					.text((u.shortName() != null) ? u.shortName() : "")
					.text(text(u.kind().labelKey()))
					.text((u.parentId() != null) ? names.getOrDefault(u.parentId(), "") : "")
					.number(level + 1)
					.day(u.establishedOn())
					.day(u.closedOn())
					.text((u.closedOn() == null) ? ""
							: this.queries.mergedInto(u.id(), scope).map(UnitDto::name).orElse(""));
			}
			sheet.send(response,
					text("unit.export.file") + "-" + ((date != null) ? date : VietnamTime.today(this.clock)) + ".xlsx");
		}
	}

	private String text(String key) {
		return this.messages.text(key);
	}

}
