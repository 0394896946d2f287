package vn.dangvu.meeting.minutes;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.meeting.MinutesVersion;
import vn.dangvu.meeting.minutes.MeetingMinutes.Minutes;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.web.Downloads;

/** The minutes of a meeting over HTTP: the files and the signature (decision 0226). */
@RestController
@Tag(name = "Sinh hoạt chi bộ", description = "Kế hoạch, ghi nhận buổi sinh hoạt, chấm chất lượng")
@RequiredArgsConstructor
class MinutesApiController {

	private final MeetingMinutes minutes;

	/** The version of the record the signer read (optional). */
	record Signature(Integer version) {

	}

	@GetMapping("/api/v1/meetings/{id}/minutes.pdf")
	@Operation(summary = "Biên bản sinh hoạt chi bộ (PDF, thể thức văn bản của Đảng)",
			description = "Bản đã ký mới nhất, hoặc bản nháp theo ghi nhận khi chưa ký; version=N: phiên bản N",
			responses = {
					@ApiResponse(responseCode = "404", description = "không có, ngoài phạm vi hoặc không có phiên bản"),
					@ApiResponse(responseCode = "422",
							description = "buổi họp chưa được ghi nhận nên chưa có biên bản") })
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer version) {
		Minutes m = find(id, version);
		return Downloads.file(this.minutes.pdf(m), m.fileName("pdf"), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/api/v1/meetings/{id}/minutes.docx")
	@Operation(summary = "Biên bản sinh hoạt chi bộ (DOCX)", description = "Như bản PDF")
	ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam(required = false) Integer version) {
		Minutes m = find(id, version);
		return Downloads.file(this.minutes.docx(m), m.fileName("docx"), MinutesPages.DOCX);
	}

	@PostMapping("/api/v1/meetings/{id}/minutes/signature")
	@Operation(
			summary = "Ký biên bản (khóa): phiên bản 1; sau đó mỗi lần sửa ghi nhận phải có lý do và là một phiên bản mới",
			description = "version: phiên bản ghi nhận đã đọc (không bắt buộc)",
			responses = { @ApiResponse(responseCode = "201", description = "đã ký"),
					@ApiResponse(responseCode = "403", description = "không được ghi nhận buổi họp này"),
					@ApiResponse(responseCode = "404", description = "không có hoặc ngoài phạm vi"),
					@ApiResponse(responseCode = "409", description = "đã có người ký, hoặc ghi nhận vừa được sửa"),
					@ApiResponse(responseCode = "422", description = "buổi họp chưa được ghi nhận") })
	ResponseEntity<MinutesVersion> sign(@PathVariable long id, @RequestBody(required = false) Signature body) {
		MinutesVersion signed = this.minutes.sign(id, (body == null) ? null : body.version(), CurrentCaller.require());
		return ResponseEntity
			.created(URI.create("/api/v1/meetings/%d/minutes.pdf?version=%d".formatted(id, signed.version())))
			.body(signed);
	}

	private Minutes find(long id, Integer version) {
		return this.minutes.find(id, version, CurrentCaller.require())
			.orElseThrow(() -> RuleViolationException.onField("state", "meeting.minutes.notHeld"));
	}

}
