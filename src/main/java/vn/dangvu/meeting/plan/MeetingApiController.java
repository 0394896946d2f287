package vn.dangvu.meeting.plan;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.meeting.MeetingDetail;
import vn.dangvu.meeting.MeetingPage;
import vn.dangvu.meeting.access.MeetingInput;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Cell meetings over HTTP: list, plan, one meeting, cancel (recording and grading:
 * PATCH).
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Sinh hoạt chi bộ", description = "Kế hoạch, ghi nhận buổi sinh hoạt, chấm chất lượng")
@RequiredArgsConstructor
class MeetingApiController {

	private final MeetingQueries queries;

	private final MeetingPlans plans;

	private final MeetingDetails details;

	private final Clock clock;

	@GetMapping
	@Operation(summary = "Buổi sinh hoạt của một chi bộ (unit) hoặc mọi chi bộ trong phạm vi, từ ngày đến ngày",
			description = "from/to: yyyy-MM-dd, mặc định cả năm nay; tối đa 366 ngày; page từ 0, size tối đa 500",
			responses = @ApiResponse(responseCode = "404", description = "chi bộ không có hoặc ngoài phạm vi"))
	MeetingPage list(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		LocalDate today = VietnamTime.today(this.clock);
		LocalDate start = (from != null) ? from : LocalDate.of(today.getYear(), 1, 1);
		LocalDate end = (to != null) ? to : start.plusYears(1).minusDays(1);
		MeetingInput.year("from", start.getYear(), today);
		MeetingInput.year("to", end.getYear(), today);
		if (end.isAfter(start.plusDays(366))) {
			throw RuleViolationException.onField("to", "meeting.range.tooLong", 366);
		}
		return this.queries.list(unit, start, end, page, size, CurrentCaller.require());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thêm một buổi sinh hoạt vào kế hoạch của chi bộ",
			description = "kind: REGULAR | THEMATIC; meetsOn yyyy-MM-dd; startsAt HH:mm; documentIds: văn bản cần đọc",
			responses = { @ApiResponse(responseCode = "201", description = "đã thêm"),
					@ApiResponse(responseCode = "403", description = "không được lập kế hoạch"),
					@ApiResponse(responseCode = "422", description = "dữ liệu sai hoặc chi bộ đã giải thể") })
	ResponseEntity<MeetingDetail> create(@RequestBody MeetingPlans.NewMeeting body) {
		Caller caller = CurrentCaller.require();
		long id = this.plans.create(body, caller);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(this.details.detail(id, caller));
	}

	@PostMapping(path = "/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Lập kế hoạch cả năm: thường kỳ mỗi tháng, chuyên đề tháng cuối mỗi quý",
			description = "dayOfMonth 1–28 (mặc định 5, dời sang ngày làm việc), startsAt mặc định 14:00; "
					+ "tháng đã có buổi cùng loại được giữ nguyên")
	MeetingPlans.Planned plan(@RequestBody MeetingPlans.YearPlan body) {
		return this.plans.planYear(body, CurrentCaller.require());
	}

	/** A year to copy last year's plan into. */
	record Copy(Long unitId, Integer year) {

	}

	@PostMapping(path = "/plan/copy", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Chép kế hoạch năm trước sang năm được chọn")
	MeetingPlans.Planned copy(@RequestBody Copy body) {
		return this.plans.copyYear(MeetingInput.required("unitId", body.unitId()),
				MeetingInput.required("year", body.year()), CurrentCaller.require());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một buổi sinh hoạt: kế hoạch, điểm danh, nội dung, nghị quyết, điểm và xếp loại",
			responses = @ApiResponse(responseCode = "404", description = "không có hoặc ngoài phạm vi"))
	MeetingDetail get(@PathVariable long id) {
		return this.details.detail(id, CurrentCaller.require());
	}

	/** The reason a planned meeting is cancelled. */
	record Cancellation(String reason, Integer version) {

	}

	@PostMapping(path = "/{id}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Hủy một buổi đã lên kế hoạch, có lý do",
			responses = { @ApiResponse(responseCode = "409", description = "phiên bản đã cũ"),
					@ApiResponse(responseCode = "422", description = "không còn ở trạng thái kế hoạch") })
	MeetingDetail cancel(@PathVariable long id, @RequestBody Cancellation body) {
		Caller caller = CurrentCaller.require();
		this.plans.cancel(id, body.reason(), body.version(), caller);
		return this.details.detail(id, caller);
	}

}
