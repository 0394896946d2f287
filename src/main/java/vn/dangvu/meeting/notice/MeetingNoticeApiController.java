package vn.dangvu.meeting.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.notification.SentNotice;
import vn.dangvu.platform.security.CurrentCaller;

/** The notice of a meeting over HTTP. */
@RestController
@Tag(name = "Sinh hoạt chi bộ", description = "Kế hoạch, ghi nhận buổi sinh hoạt, chấm chất lượng")
@RequiredArgsConstructor
class MeetingNoticeApiController {

	private final MeetingNotices notices;

	@PostMapping("/api/v1/meetings/{id}/notice")
	@Operation(summary = "Gửi giấy mời tới mọi đảng viên được triệu tập (trong ứng dụng và qua e-mail)",
			responses = { @ApiResponse(responseCode = "404", description = "không có hoặc ngoài phạm vi"),
					@ApiResponse(responseCode = "422", description = "buổi họp đã qua, đã hủy hoặc đã họp") })
	SentNotice notice(@PathVariable long id) {
		return this.notices.notify(id, CurrentCaller.require());
	}

}
