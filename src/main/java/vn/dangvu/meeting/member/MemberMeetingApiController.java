package vn.dangvu.meeting.member;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.security.CurrentCaller;

/** The signed-in member's own meetings over HTTP. */
@RestController
@RequestMapping("/api/v1/me/meetings")
@Tag(name = "Sinh hoạt chi bộ", description = "Kế hoạch, ghi nhận buổi sinh hoạt, chấm chất lượng")
@RequiredArgsConstructor
class MemberMeetingApiController {

	private final MemberMeetings meetings;

	@GetMapping
	@Operation(
			summary = "Buổi sinh hoạt sắp tới của chi bộ tôi (văn bản cần đọc, tôi đã đọc chưa) và chuyên cần "
					+ "của tôi năm nay",
			description = "Chỉ về chính người gọi; người không phải đảng viên nhận danh sách rỗng (member=false)")
	MyMeetings mine() {
		return this.meetings.mine(CurrentCaller.require());
	}

	@PostMapping("/{meetingId}/documents/{documentId}/read")
	@Operation(summary = "Đánh dấu tôi đã đọc một văn bản cần đọc trước buổi sinh hoạt (lặp lại không đổi gì)",
			responses = @ApiResponse(responseCode = "404",
					description = "buổi họp không thuộc chi bộ tôi hoặc văn bản không có trong buổi họp"))
	Read markRead(@PathVariable long meetingId, @PathVariable long documentId) {
		return new Read(documentId, this.meetings.markRead(meetingId, documentId, CurrentCaller.require()));
	}

	/** When the member first read the document. */
	record Read(long documentId, Instant readAt) {

	}

}
