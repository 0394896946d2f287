package vn.dangvu.meeting.absence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.meeting.AbsenceFlag;
import vn.dangvu.meeting.access.MeetingInput;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/** The absences of a cell's members over HTTP, with the striking-off pattern. */
@RestController
@Tag(name = "Sinh hoạt chi bộ")
@RequiredArgsConstructor
class AbsenceApiController {

	private final AbsenceFlags flags;

	private final Clock clock;

	/** The cell, the year, the rule's months, and the members flagged. */
	record Absences(long unitId, int year, int threshold, List<AbsenceFlag> members) {
	}

	@GetMapping("/api/v1/meetings/absences")
	@Operation(summary = "Đảng viên vắng sinh hoạt không lý do trong năm, và người đến mức xem xét xóa tên",
			description = "unit: chi bộ (bắt buộc); year: mặc định năm nay. Ngưỡng số tháng lấy theo quy định "
					+ "membership.striking-off.months-in-year có hiệu lực.",
			responses = { @ApiResponse(responseCode = "403", description = "không phụ trách sinh hoạt của chi bộ"),
					@ApiResponse(responseCode = "404", description = "chi bộ không có hoặc ngoài phạm vi") })
	Absences absences(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year) {
		LocalDate today = VietnamTime.today(this.clock);
		long cellId = MeetingInput.required("unit", unit);
		int y = MeetingInput.year("year", (year != null) ? year : today.getYear(), today);
		List<AbsenceFlag> members = this.flags.ofCell(cellId, y, today, CurrentCaller.require());
		LocalDate asOf = today.isBefore(LocalDate.of(y, 12, 31)) ? today : LocalDate.of(y, 12, 31);
		return new Absences(cellId, y, this.flags.threshold(asOf.getYear() == y ? asOf : LocalDate.of(y, 1, 1)),
				members);
	}

}
