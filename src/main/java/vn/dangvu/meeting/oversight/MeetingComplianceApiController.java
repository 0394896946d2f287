package vn.dangvu.meeting.oversight;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.meeting.MeetingCompliance;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;

/** How the cells under a committee kept to the meeting rules in a month, over HTTP. */
@RestController
@Tag(name = "Sinh hoạt chi bộ", description = "Kế hoạch, ghi nhận buổi sinh hoạt, chấm chất lượng")
@RequiredArgsConstructor
class MeetingComplianceApiController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

	private final MeetingOversight oversight;

	@GetMapping("/api/v1/meetings/compliance")
	@Operation(summary = "Chi bộ trực thuộc đã sinh hoạt thường kỳ trong tháng, thiếu chuyên đề trong quý",
			description = "unit: tổ chức đảng trong phạm vi (mặc định đơn vị của người gọi); month: yyyy-MM (mặc định "
					+ "tháng này). Trả về số chi bộ phải sinh hoạt, đã sinh hoạt, danh sách chưa sinh hoạt (kèm bí thư), "
					+ "danh sách chưa sinh hoạt chuyên đề trong quý, tỷ lệ dự họp của tháng, xếp loại từ đầu năm. "
					+ "Chỉ quản trị viên và văn phòng cấp ủy.",
			responses = {
					@ApiResponse(responseCode = "403", description = "không phải quản trị viên, văn phòng cấp ủy"),
					@ApiResponse(responseCode = "404", description = "tổ chức không có hoặc ngoài phạm vi"),
					@ApiResponse(responseCode = "422", description = "tháng sai, tổ chức không phải của Đảng") })
	MeetingCompliance compliance(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) String month) {
		return this.oversight.compliance(unit, month(month), CurrentCaller.require());
	}

	private static YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(text.strip(), MONTH);
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.onField("month", "meeting.oversight.month.invalidIso", text.strip());
		}
	}

}
