package vn.dangvu.programme.progress;

import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.programme.ActivityStatus;
import vn.dangvu.programme.progress.IndicatorValues.ValueInput;
import vn.dangvu.programme.progress.ProgressRecords.ProgressInput;
import vn.dangvu.programme.progress.ProgressRecords.Recorded;

/**
 * Progress over HTTP (decision 0272): an owner unit's progress record on an activity and
 * its history, a programme's roll-up and board, indicators' actual values by period.
 */
@RestController
@Tag(name = "Tiến độ chương trình", description = "Báo cáo tiến độ, giá trị chỉ tiêu, tổng hợp, bảng theo dõi")
@RequiredArgsConstructor
class ProgressApiController {

	private final ProgressRecords records;

	private final ProgressQueries queries;

	private final IndicatorValues values;

	/** A progress record; the owner row's version in the body or {@code If-Match}. */
	record ProgressBody(Long unitId, ActivityStatus status, Integer percent, Boolean done, String note, Long documentId,
			Long meetingId, String fileRef, Integer version) {

	}

	@PostMapping(path = "/api/v1/activities/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Báo cáo tiến độ của đơn vị chủ trì một hoạt động",
			description = "status NOT_STARTED | IN_PROGRESS | DONE | CANCELLED hoặc done true/false; percent 0–100 "
					+ "(DONE là 100); minh chứng: documentId, meetingId hoặc fileRef; version: phiên bản dòng của đơn vị",
			responses = { @ApiResponse(responseCode = "201", description = "đã ghi"),
					@ApiResponse(responseCode = "403", description = "không giữ đơn vị này"),
					@ApiResponse(responseCode = "404", description = "không có hoặc ngoài phạm vi"),
					@ApiResponse(responseCode = "409", description = "vừa có người khác báo cáo"), @ApiResponse(
							responseCode = "422", description = "dữ liệu sai, chương trình dự thảo hoặc đã kết thúc") })
	ResponseEntity<Recorded> record(@PathVariable long id, @RequestBody ProgressBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Recorded r = this.records.record(id,
				new ProgressInput(body.unitId(), body.status(), body.percent(), body.done(), body.note(),
						body.documentId(), body.meetingId(), body.fileRef(), version(body.version(), ifMatch)),
				CurrentCaller.require());
		return ResponseEntity.created(URI.create("/api/v1/activities/" + id + "/progress?unit=" + r.unitId()))
			.eTag("\"" + r.version() + "\"")
			.body(r);
	}

	@GetMapping("/api/v1/activities/{id}/progress")
	@Operation(summary = "Các đơn vị chủ trì một hoạt động và lịch sử tiến độ (của một đơn vị: unit), mới trước")
	ProgressQueries.ActivityProgress history(@PathVariable long id, @RequestParam(required = false) Long unit) {
		return this.queries.activity(id, unit, CurrentCaller.require());
	}

	@GetMapping("/api/v1/programmes/{id}/rollup")
	@Operation(
			summary = "Tiến độ tổng hợp theo cách tính của chương trình: nhiệm vụ, lĩnh vực, chương trình (của một đơn vị: unit)")
	ProgressQueries.Overview rollUp(@PathVariable long id, @RequestParam(required = false) Long unit) {
		return this.queries.overview(id, unit, CurrentCaller.require());
	}

	@GetMapping("/api/v1/programmes/{id}/board")
	@Operation(summary = "Bảng theo dõi: nhiệm vụ trọng tâm × đơn vị chủ trì (một trang đơn vị: unitPage từ 0)",
			description = "area: chỉ một lĩnh vực; ô: số đã xong, đúng tiến độ, có nguy cơ chậm, quá hạn")
	ProgressQueries.Board board(@PathVariable long id, @RequestParam(required = false) Long area,
			@RequestParam(defaultValue = "0") int unitPage) {
		if (unitPage < 0) {
			throw RuleViolationException.onField("unitPage", "programme.board.page");
		}
		return this.queries.board(id, area, unitPage, CurrentCaller.require());
	}

	@GetMapping("/api/v1/programmes/{id}/indicators/{indicatorId}/values")
	@Operation(summary = "Giá trị thực hiện của một chỉ tiêu theo kỳ, kỳ mới trước")
	List<IndicatorValues.Value> indicatorValues(@PathVariable long id, @PathVariable long indicatorId) {
		return this.values.values(id, indicatorId, CurrentCaller.require());
	}

	record ValueBody(ValuePeriod period, Integer year, Integer number, BigDecimal value, String note) {

	}

	@PostMapping(path = "/api/v1/programmes/{id}/indicators/{indicatorId}/values",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi giá trị thực hiện của chỉ tiêu cho một kỳ (ghi lại thì thay giá trị cũ)",
			description = "period MONTH | QUARTER | HALF | YEAR, year, number (tháng 1–12, quý 1–4, nửa năm 1–2); "
					+ "value theo loại chỉ tiêu: tỷ lệ 0–100, số lượng, số tiền nguyên không âm, có/không 1 hoặc 0")
	ResponseEntity<List<IndicatorValues.Value>> recordValue(@PathVariable long id, @PathVariable long indicatorId,
			@RequestBody ValueBody body) {
		this.values.record(id, indicatorId,
				new ValueInput(body.period(), body.year(), body.number(), body.value(), body.note()),
				CurrentCaller.require());
		return ResponseEntity.status(201).body(this.values.values(id, indicatorId, CurrentCaller.require()));
	}

	/**
	 * The version named: the body's, else {@code If-Match} ({@code "3"}, {@code W/"3"},
	 * 3).
	 */
	static Integer version(Integer body, String ifMatch) {
		if (body != null || ifMatch == null || ifMatch.isBlank()) {
			return body;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		try {
			return Integer.valueOf(tag.replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField("version", "programme.version.invalid");
		}
	}

}
