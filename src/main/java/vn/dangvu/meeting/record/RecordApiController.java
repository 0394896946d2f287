package vn.dangvu.meeting.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.meeting.MeetingDetail;
import vn.dangvu.meeting.MeetingGrade;
import vn.dangvu.meeting.grade.Grading;
import vn.dangvu.meeting.plan.MeetingDetails;
import vn.dangvu.meeting.plan.MeetingPlans;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * Changes of one meeting over HTTP, one part per request: move it ({@code move}), record
 * it as held ({@code record}), grade it ({@code grade}: hand scores and/or an override).
 */
@RestController
@Tag(name = "Sinh hoạt chi bộ", description = "Kế hoạch, ghi nhận buổi sinh hoạt, chấm chất lượng")
@RequiredArgsConstructor
class RecordApiController {

	private final MeetingPlans plans;

	private final MeetingRecords records;

	private final Grading grading;

	private final MeetingDetails details;

	/** A move of a planned meeting. */
	record Move(LocalDate meetsOn, LocalTime startsAt, String place) {

	}

	/**
	 * The committee's hand scores (criterion code → points) and/or an override with its
	 * reason.
	 */
	record GradeChange(Map<String, BigDecimal> scores, MeetingGrade override, String reason) {

	}

	/** Exactly one of the parts. */
	record MeetingPatch(Integer version, Move move, HeldRecord record, GradeChange grade) {

	}

	@PatchMapping(path = "/api/v1/meetings/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Dời buổi họp (move), ghi nhận buổi đã họp (record), chấm điểm và xếp loại (grade)",
			description = "record: heldFrom/heldTo HH:mm, chairId, secretaryId, absences [{personId, presence "
					+ "EXCUSED|UNEXCUSED, reason}] (ai không có tên là có mặt), speakers, agenda [{title, notes, "
					+ "criticism}], resolution, votesFor/Against/Abstain, reason (bắt buộc khi biên bản đã ký: mỗi lần "
					+ "sửa là một phiên bản mới của biên bản); version: phiên bản đã đọc. grade: scores "
					+ "{mã tiêu chí: điểm} của cấp ủy cấp trên, override GOOD|FAIR|AVERAGE|POOR với reason.",
			responses = { @ApiResponse(responseCode = "403", description = "không có quyền"),
					@ApiResponse(responseCode = "404", description = "không có hoặc ngoài phạm vi"),
					@ApiResponse(responseCode = "409", description = "người khác vừa sửa (phiên bản cũ)"),
					@ApiResponse(responseCode = "422", description = "dữ liệu sai") })
	MeetingDetail patch(@PathVariable long id, @RequestBody MeetingPatch body) {
		Caller caller = CurrentCaller.require();
		int parts = ((body.move() != null) ? 1 : 0) + ((body.record() != null) ? 1 : 0)
				+ ((body.grade() != null) ? 1 : 0);
		if (parts != 1) {
			throw RuleViolationException.onField("record", "meeting.patch.onePart");
		}
		if (body.move() != null) {
			this.plans.move(id, body.move().meetsOn(), body.move().startsAt(), body.move().place(), body.version(),
					caller);
		}
		else if (body.record() != null) {
			HeldRecord r = body.record();
			this.records.record(id,
					(r.version() == null && body.version() != null) ? withVersion(r, body.version()) : r, caller);
		}
		else {
			GradeChange g = body.grade();
			if (g.scores() != null) {
				this.grading.grade(id, g.scores(), caller);
			}
			if (g.override() != null || g.reason() != null) {
				this.grading.override(id, g.override(), g.reason(), caller);
			}
		}
		return this.details.detail(id, caller);
	}

	private static HeldRecord withVersion(HeldRecord r, int version) {
		return new HeldRecord(version, r.heldFrom(), r.heldTo(), r.chairId(), r.secretaryId(), r.guests(), r.absences(),
				r.speakers(), r.agenda(), r.resolution(), r.votesFor(), r.votesAgainst(), r.votesAbstain(), r.reason());
	}

}
