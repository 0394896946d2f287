package vn.dangvu.programme.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.PageForms;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.ProgrammeReview;
import vn.dangvu.programme.ProgrammeReview.AreaReview;
import vn.dangvu.programme.ProgrammeReview.Figures;
import vn.dangvu.programme.ProgrammeReview.IndicatorReview;
import vn.dangvu.programme.ProgrammeReview.UnitReview;

/**
 * The review page of a programme over a period (decision 0274), its quick periods (the
 * programme's own, each year it covers and that year's halves) and its XLSX.
 */
@Controller
@RequiredArgsConstructor
class ReviewPages {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ReviewQueries reviews;

	private final Messages messages;

	private final PageForms forms;

	/** A quick period: its label and its days as links carry them (ISO). */
	public record QuickPeriod(String label, String from, String to, boolean current) {

	}

	@GetMapping("/programmes/{id}/review")
	String review(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String unitPage, Model model, HttpServletResponse response) {
		Caller caller = CurrentCaller.require();
		Integer page = lenientPage(unitPage);
		// a period that cannot be read or reviewed is kept in the form with its error,
		// the
		// programme's own period shown below it (a programme not seen is still a 404)
		ProgrammeReview r = this.forms.attempt(RuleViolationException.class::isInstance, () -> {
			ProgrammeReview read = this.reviews.review(id,
					PageDates.parseDay("from", from, "programme.review.dateInvalid"),
					PageDates.parseDay("to", to, "programme.review.dateInvalid"), (page == null) ? 0 : page, sort,
					caller);
			model.addAttribute("fromText", DAY.format(read.from()));
			model.addAttribute("toText", DAY.format(read.to()));
			return read;
		}, (ex) -> {
			response.setStatus(422);
			model.addAttribute("error", this.messages.text(ex.messageKey(), ex.args()));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("fromText", from);
			model.addAttribute("toText", to);
			return this.reviews.review(id, null, null, 0, sort, caller);
		});
		model.addAttribute("r", r);
		model.addAttribute("periods", quickPeriods(r));
		model.addAttribute("summary", this.messages.text(ProgrammeReview.Summary.MESSAGE_KEY, r.summary().arguments()));
		return "programme/review";
	}

	@GetMapping("/programmes/{id}/review.xlsx")
	ResponseEntity<byte[]> reviewSheet(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort) {
		Caller caller = CurrentCaller.require();
		ProgrammeReview r = this.reviews.review(id, PageDates.parseDay("from", from, "programme.review.dateInvalid"),
				PageDates.parseDay("to", to, "programme.review.dateInvalid"), null, sort, caller);
		try (SheetWriter sheet = SheetWriter.open(this.messages.text("programme.review.sheet"))) {
			sheet.title(this.messages.text("programme.review.of", r.title()));
			sheet.title(this.messages.text("programme.review.periodOf", DAY.format(r.from()), DAY.format(r.to())));
			sheet.title(this.messages.text(ProgrammeReview.Summary.MESSAGE_KEY, r.summary().arguments()));
			sheet.skip();
			sheet
				.header(this.messages.text("programme.review.area"), this.messages.text("programme.review.due"),
						this.messages.text("programme.review.dueDone"), this.messages.text("programme.review.done"),
						this.messages.text("programme.review.late"), this.messages.text("programme.review.open"),
						this.messages.text("programme.review.indicatorsAchieved"))
				.freezeAbove();
			for (AreaReview a : r.areas()) {
				figures(sheet.row().plain().text(a.title()), a.activities())
					.text(a.indicatorsAchieved() + "/" + a.indicators());
			}
			figures(sheet.row().bold().text(this.messages.text("programme.review.total")), r.total())
				.text(r.indicatorsAchieved() + "/" + r.indicators().size());
			sheet.widths(50, 12, 12, 12, 12, 12, 14);
			sheet.sheet(this.messages.text("programme.review.unitSheet"));
			sheet
				.header(this.messages.text("programme.review.unit"), this.messages.text("programme.review.due"),
						this.messages.text("programme.review.dueDone"), this.messages.text("programme.review.done"),
						this.messages.text("programme.review.late"), this.messages.text("programme.review.open"))
				.freezeAbove();
			for (UnitReview u : r.units()) {
				figures(sheet.row().plain().text(u.name()), u.activities());
			}
			sheet.widths(50, 12, 12, 12, 12, 12);
			sheet.sheet(this.messages.text("programme.review.indicatorSheet"));
			sheet
				.header(this.messages.text("programme.board.task"), this.messages.text("programme.review.indicator"),
						this.messages.text("programme.review.target"), this.messages.text("programme.review.actual"),
						this.messages.text("programme.review.actualPeriodEnd"),
						this.messages.text("programme.review.achievedHeader"))
				.freezeAbove();
			for (IndicatorReview i : r.indicators()) {
				SheetWriter.Line line = sheet.row()
					.plain()
					.text(i.taskCode())
					.text(i.name())
					.text(value(i.kind(), i.target(), i.unitLabel()))
					.text((i.actual() == null) ? this.messages.text("programme.review.noValue")
							: value(i.kind(), i.actual(), i.unitLabel()));
				if (i.actualPeriodEnd() == null) {
					line.empty();
				}
				else {
					line.day(i.actualPeriodEnd());
				}
				line.text(this.messages
					.text(i.achieved() ? "programme.review.achieved" : "programme.review.notAchieved"));
			}
			sheet.widths(10, 50, 16, 16, 14, 14);
			return sheet.entity("so-ket-" + id + "-" + r.from() + "-" + r.to() + ".xlsx");
		}
	}

	private static SheetWriter.Line figures(SheetWriter.Line line, Figures f) {
		return line.number(f.due()).number(f.dueDone()).number(f.done()).number(f.late()).number(f.open());
	}

	/**
	 * A value as its kind reads: "95%", "30 đảng viên", "1.000.000 đ", "Đã thực hiện".
	 */
	String value(IndicatorKind kind, java.math.BigDecimal v, String unitLabel) {
		return switch (kind) {
			case PERCENT -> v.stripTrailingZeros().toPlainString() + "%";
			case YES_NO -> this.messages.text((v.signum() > 0) ? "programme.review.yes" : "programme.review.no");
			case AMOUNT_VND -> String.format(java.util.Locale.ROOT, "%,d", v.longValue()).replace(',', '.') + " đ";
			case COUNT -> v.stripTrailingZeros().toPlainString() + ((unitLabel == null) ? "" : " " + unitLabel);
		};
	}

	/**
	 * The programme's own period, then for each year it covers (at most six): the whole
	 * year and its two halves, those that meet the programme's period.
	 */
	private List<QuickPeriod> quickPeriods(ProgrammeReview r) {
		List<QuickPeriod> list = new ArrayList<>();
		list.add(period("programme.review.period.whole", null, r.startsOn(), r.endsOn(), r));
		for (int y = r.startsOn().getYear(); y <= r.endsOn().getYear() && list.size() < 19; y++) {
			String year = Integer.toString(y);
			add(list, period("programme.review.period.year", year, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), r),
					r);
			add(list,
					period("programme.review.period.firstHalf", year, LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30), r),
					r);
			add(list, period("programme.review.period.secondHalf", year, LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31),
					r), r);
		}
		return list;
	}

	private static void add(List<QuickPeriod> list, QuickPeriod p, ProgrammeReview r) {
		boolean meets = p.from().compareTo(r.endsOn().toString()) <= 0
				&& p.to().compareTo(r.startsOn().toString()) >= 0;
		if (meets && list.stream().noneMatch((q) -> q.from().equals(p.from()) && q.to().equals(p.to()))) {
			list.add(p);
		}
	}

	private QuickPeriod period(String key, String year, LocalDate from, LocalDate to, ProgrammeReview r) {
		return new QuickPeriod(this.messages.text(key, year), from.toString(), to.toString(),
				from.equals(r.from()) && to.equals(r.to()));
	}

	private static Integer lenientPage(String text) {
		if (text == null || !text.strip().matches("\\d{1,6}")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

}
