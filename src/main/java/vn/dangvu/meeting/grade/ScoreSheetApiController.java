package vn.dangvu.meeting.grade;

import java.net.URI;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/** The score sheets over HTTP: those bearing on the caller's cells, one, a new one. */
@RestController
@RequestMapping("/api/v1/meetings/score-sheets")
@Tag(name = "Sinh hoạt chi bộ")
@RequiredArgsConstructor
class ScoreSheetApiController {

	private final ScoreSheetEditing editing;

	/** A sheet with its criteria. */
	record SheetDetail(ScoreSheetEditing.SheetRow sheet, List<ScoreSheetEditing.CriterionDraft> criteria) {
	}

	@GetMapping
	@Operation(summary = "Các phiếu chấm chất lượng sinh hoạt áp dụng cho các chi bộ trong phạm vi")
	List<ScoreSheetEditing.SheetRow> list() {
		return this.editing.list(CurrentCaller.require());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một phiếu chấm: thang xếp loại và tiêu chí",
			responses = @ApiResponse(responseCode = "404", description = "không có hoặc không áp dụng trong phạm vi"))
	SheetDetail get(@PathVariable long id) {
		return detail(id, CurrentCaller.require());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Lập phiếu chấm mới cho một cấp ủy, hiệu lực từ một ngày (không trước hôm nay)",
			description = "unitId (null: phiếu mặc định, chỉ quản trị viên), validFrom yyyy-MM-dd, name, source, "
					+ "goodMin > fairMin > averageMin ≥ 0, criteria [{code, labelVi, labelEn, points, autoCheck "
					+ "(ATTENDANCE|NO_LONG_ABSENCE|PARTICIPATION|DURATION|NO_UNEXCUSED|RESOLUTION|MINUTES hoặc null), "
					+ "threshold, mustFull}]",
			responses = { @ApiResponse(responseCode = "201", description = "đã lập"),
					@ApiResponse(responseCode = "403", description = "không phải văn phòng cấp ủy hoặc quản trị viên"),
					@ApiResponse(responseCode = "409", description = "đơn vị đã có phiếu từ ngày đó"),
					@ApiResponse(responseCode = "422", description = "dữ liệu sai") })
	ResponseEntity<SheetDetail> create(@RequestBody ScoreSheetEditing.Draft body) {
		Caller caller = CurrentCaller.require();
		long id = this.editing.create(body, caller);
		return ResponseEntity.created(URI.create("/api/v1/meetings/score-sheets/" + id)).body(detail(id, caller));
	}

	private SheetDetail detail(long id, Caller caller) {
		ScoreSheet sheet = this.editing.sheet(id, caller);
		ScoreSheetEditing.SheetRow row = this.editing.list(caller)
			.stream()
			.filter((r) -> r.id() == id)
			.findFirst()
			.orElseThrow();
		return new SheetDetail(row,
				sheet.criteria()
					.stream()
					.map((c) -> new ScoreSheetEditing.CriterionDraft(c.code(), c.labelVi(), c.labelEn(), c.points(),
							c.autoCheck(), c.threshold(), c.mustFull()))
					.toList());
	}

}
