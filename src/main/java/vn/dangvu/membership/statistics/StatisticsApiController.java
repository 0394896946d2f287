package vn.dangvu.membership.statistics;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Membership statistics as JSON.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Membership", description = "Đảng viên: kết nạp, dự bị, chính thức, chuyển sinh hoạt, thống kê")
@RequiredArgsConstructor
class StatisticsApiController {

	private final MembershipStatistics statistics;

	private final Clock clock;

	@GetMapping("/statistics/membership")
	@Operation(summary = "Admitted, converted, transferred in/out, struck off, expelled, youth matured by child unit",
			description = "unit: the unit whose figures are shown, one row per child unit (its subtree's figures) and"
					+ " one with atUnit=true for the events recorded at the unit itself; trail: its ancestors within"
					+ " the caller's scope, ending with it. Without unit: one row per root of the caller's scope."
					+ " from/to yyyy-MM-dd (inclusive), default this year")
	MembershipStatistics.Report statistics(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate today = VietnamTime.today(this.clock);
		return this.statistics.report(CurrentCaller.require(), unit, from == null ? today.withDayOfYear(1) : from,
				to == null ? today : to);
	}

}
