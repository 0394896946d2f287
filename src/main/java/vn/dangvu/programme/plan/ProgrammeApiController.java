package vn.dangvu.programme.plan;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.organisation.UnitSelection;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.programme.DuePrecision;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.ProgrammeAmendment;
import vn.dangvu.programme.ProgrammeCounts;
import vn.dangvu.programme.ProgrammeKind;
import vn.dangvu.programme.ProgrammePage;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.ProgrammeStructure;
import vn.dangvu.programme.plan.StructureEdits.Stamp;

/**
 * Work programmes over HTTP: the list, one programme with its structure, its head, its
 * adoption and closing, and its areas, key tasks, indicators and activities. Every write
 * names the version it read ({@code version} in the body or {@code If-Match}); the answer
 * carries the new one in the body and the {@code ETag}.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Chương trình công tác", description = "Chương trình, lĩnh vực, nhiệm vụ trọng tâm, chỉ tiêu, hoạt động")
@RequiredArgsConstructor
class ProgrammeApiController {

	private final ProgrammeQueries queries;

	private final Programmes programmes;

	private final StructureEdits edits;

	private final ActivityOwners owners;

	private final Clock clock;

	@GetMapping
	@Operation(summary = "Chương trình trong phạm vi: của một đơn vị (unit), có thời kỳ gồm một năm (year)",
			description = "kind, state: lọc; q: tìm trong tên, không dấu; page từ 0, size tối đa 500")
	ProgrammePage list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ProgrammeKind kind, @RequestParam(required = false) ProgrammeState state,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.queries.list(new ProgrammeQueries.Filter(unit, year, kind, state, q), null, false, page, size,
				CurrentCaller.require());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Lập dự thảo chương trình của một đơn vị",
			description = "kind: PARTY_ANNUAL | RESOLUTION_ACTION (cần resolutionDocumentId) | GOVERNMENT_PLAN | "
					+ "UNION_ANNUAL | YOUTH_ANNUAL; periodKind: YEAR | HALF | TERM; rollUp: EQUAL | WEIGHTED",
			responses = { @ApiResponse(responseCode = "201", description = "đã lập"),
					@ApiResponse(responseCode = "403", description = "không giữ đơn vị này"),
					@ApiResponse(responseCode = "422", description = "dữ liệu sai") })
	ResponseEntity<ProgrammeStructure> create(@RequestBody Programmes.NewProgramme body) {
		Caller caller = CurrentCaller.require();
		long id = this.programmes.create(body, caller);
		ProgrammeStructure p = this.queries.structure(id, caller);
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + id)).eTag(etag(p)).body(p);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một chương trình: lĩnh vực → nhiệm vụ trọng tâm → chỉ tiêu, hoạt động",
			responses = @ApiResponse(responseCode = "404", description = "không có hoặc ngoài phạm vi"))
	ResponseEntity<ProgrammeStructure> get(@PathVariable long id) {
		return answer(id);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa tên, thời kỳ, nghị quyết, cách tính tiến độ; khi đã thông qua cần amendmentReason",
			responses = { @ApiResponse(responseCode = "409", description = "phiên bản đã cũ"),
					@ApiResponse(responseCode = "422", description = "dữ liệu sai, đã kết thúc, thiếu lý do sửa đổi") })
	ResponseEntity<ProgrammeStructure> change(@PathVariable long id, @RequestBody Programmes.HeadChange body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Programmes.HeadChange in = new Programmes.HeadChange(body.title(), body.periodKind(), body.startsOn(),
				body.endsOn(), body.resolutionDocumentId(), body.rollUp(), namedVersion(body.version(), ifMatch),
				body.amendmentReason(), body.amendmentDocumentId(), body.amendmentMeetingId());
		this.programmes.change(id, in, CurrentCaller.require());
		return answer(id);
	}

	@PostMapping(path = "/{id}/adopt", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thông qua dự thảo: văn bản (documentId) hoặc cuộc họp (meetingId), ngày thông qua")
	ResponseEntity<ProgrammeStructure> adopt(@PathVariable long id, @RequestBody Programmes.Adoption body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.programmes.adopt(id, new Programmes.Adoption(body.documentId(), body.meetingId(), body.adoptedOn(),
				namedVersion(body.version(), ifMatch)), CurrentCaller.require());
		return answer(id);
	}

	@PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Kết thúc chương trình đã thông qua (closedOn mặc định hôm nay)")
	ResponseEntity<ProgrammeStructure> close(@PathVariable long id, @RequestBody Programmes.Closing body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.programmes.close(id, new Programmes.Closing(body.closedOn(), namedVersion(body.version(), ifMatch)),
				CurrentCaller.require());
		return answer(id);
	}

	@GetMapping("/{id}/amendments")
	@Operation(summary = "Các lần sửa đổi chương trình đã thông qua, cũ trước")
	List<ProgrammeAmendment> amendments(@PathVariable long id) {
		return this.queries.amendments(id, CurrentCaller.require());
	}

	@GetMapping(path = "/{id}/amendments/{number}/before", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Cấu trúc chương trình trước lần sửa đổi")
	String before(@PathVariable long id, @PathVariable int number) {
		return this.queries.snapshot(id, number, CurrentCaller.require());
	}

	@GetMapping("/{id}/counts")
	@Operation(summary = "Số hoạt động, đã xong, quá hạn theo lĩnh vực tại một ngày (asOf), chỉ tiêu và mục tiêu")
	ProgrammeCounts counts(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.queries.counts(id, (asOf == null) ? VietnamTime.today(this.clock) : asOf, CurrentCaller.require());
	}

	// Areas

	/** An area, with the programme's version and the amendment. */
	record AreaBody(String title, Integer position, Integer version, String amendmentReason, Long amendmentDocumentId,
			Long amendmentMeetingId) {

		Stamp stamp(String ifMatch) {
			return new Stamp(namedVersion(this.version, ifMatch), this.amendmentReason, this.amendmentDocumentId,
					this.amendmentMeetingId);
		}

	}

	@PostMapping(path = "/{id}/areas", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thêm lĩnh vực")
	ResponseEntity<ProgrammeStructure> addArea(@PathVariable long id, @RequestBody AreaBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.addArea(id, new StructureEdits.AreaInput(body.title(), body.position()), body.stamp(ifMatch),
				CurrentCaller.require());
		return created(id);
	}

	@PatchMapping(path = "/{id}/areas/{areaId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa lĩnh vực (tên, thứ tự)")
	ResponseEntity<ProgrammeStructure> changeArea(@PathVariable long id, @PathVariable long areaId,
			@RequestBody AreaBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.changeArea(id, areaId, new StructureEdits.AreaInput(body.title(), body.position()),
				body.stamp(ifMatch), CurrentCaller.require());
		return answer(id);
	}

	@DeleteMapping("/{id}/areas/{areaId}")
	@Operation(summary = "Xóa lĩnh vực cùng nhiệm vụ và hoạt động của nó")
	ResponseEntity<ProgrammeStructure> removeArea(@PathVariable long id, @PathVariable long areaId,
			@RequestBody(required = false) StampBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.removeArea(id, areaId, StampBody.stamp(body, ifMatch), CurrentCaller.require());
		return answer(id);
	}

	// Key tasks

	record TaskBody(Long areaId, String code, String title, BigDecimal weight, Long parentTaskId, Integer position,
			Integer version, String amendmentReason, Long amendmentDocumentId, Long amendmentMeetingId) {

		StructureEdits.TaskInput input() {
			return new StructureEdits.TaskInput(this.areaId, this.code, this.title, this.weight, this.parentTaskId,
					this.position);
		}

		Stamp stamp(String ifMatch) {
			return new Stamp(namedVersion(this.version, ifMatch), this.amendmentReason, this.amendmentDocumentId,
					this.amendmentMeetingId);
		}

	}

	@PostMapping(path = "/{id}/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thêm nhiệm vụ trọng tâm vào một lĩnh vực (areaId)",
			description = "code như 1.3 (trống: tự đánh số); parentTaskId: nhiệm vụ của chương trình cấp trên được cụ thể hóa")
	ResponseEntity<ProgrammeStructure> addTask(@PathVariable long id, @RequestBody TaskBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.addTask(id, body.input(), body.stamp(ifMatch), CurrentCaller.require());
		return created(id);
	}

	@PatchMapping(path = "/{id}/tasks/{taskId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa nhiệm vụ trọng tâm")
	ResponseEntity<ProgrammeStructure> changeTask(@PathVariable long id, @PathVariable long taskId,
			@RequestBody TaskBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.changeTask(id, taskId, body.input(), false, body.stamp(ifMatch), CurrentCaller.require());
		return answer(id);
	}

	@DeleteMapping("/{id}/tasks/{taskId}")
	@Operation(summary = "Xóa nhiệm vụ trọng tâm cùng chỉ tiêu và hoạt động của nó")
	ResponseEntity<ProgrammeStructure> removeTask(@PathVariable long id, @PathVariable long taskId,
			@RequestBody(required = false) StampBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.removeTask(id, taskId, StampBody.stamp(body, ifMatch), CurrentCaller.require());
		return answer(id);
	}

	// Indicators

	record IndicatorBody(Long taskId, String name, IndicatorKind kind, BigDecimal target, String unitLabel,
			Integer version, String amendmentReason, Long amendmentDocumentId, Long amendmentMeetingId) {

		StructureEdits.IndicatorInput input() {
			return new StructureEdits.IndicatorInput(this.taskId, this.name, this.kind, this.target, this.unitLabel);
		}

		Stamp stamp(String ifMatch) {
			return new Stamp(namedVersion(this.version, ifMatch), this.amendmentReason, this.amendmentDocumentId,
					this.amendmentMeetingId);
		}

	}

	@PostMapping(path = "/{id}/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thêm chỉ tiêu của một nhiệm vụ (taskId)",
			description = "kind: PERCENT (0–100) | COUNT | AMOUNT_VND (số nguyên không âm) | YES_NO (0 hoặc 1)")
	ResponseEntity<ProgrammeStructure> addIndicator(@PathVariable long id, @RequestBody IndicatorBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.addIndicator(id, body.input(), body.stamp(ifMatch), CurrentCaller.require());
		return created(id);
	}

	@PatchMapping(path = "/{id}/indicators/{indicatorId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa chỉ tiêu")
	ResponseEntity<ProgrammeStructure> changeIndicator(@PathVariable long id, @PathVariable long indicatorId,
			@RequestBody IndicatorBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.changeIndicator(id, indicatorId, body.input(), false, body.stamp(ifMatch), CurrentCaller.require());
		return answer(id);
	}

	@DeleteMapping("/{id}/indicators/{indicatorId}")
	@Operation(summary = "Xóa chỉ tiêu")
	ResponseEntity<ProgrammeStructure> removeIndicator(@PathVariable long id, @PathVariable long indicatorId,
			@RequestBody(required = false) StampBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.removeIndicator(id, indicatorId, StampBody.stamp(body, ifMatch), CurrentCaller.require());
		return answer(id);
	}

	// Activities

	record ActivityBody(Long taskId, String title, Long leadPersonId, LocalDate startsOn, LocalDate dueOn,
			DuePrecision duePrecision, String deliverable, BigDecimal weight, List<Long> ownerUnitIds, Integer position,
			Integer version, String amendmentReason, Long amendmentDocumentId, Long amendmentMeetingId,
			Long allCellsUnder) {

		StructureEdits.ActivityInput input() {
			return new StructureEdits.ActivityInput(this.taskId, this.title, this.leadPersonId, this.startsOn,
					this.dueOn, this.duePrecision, this.deliverable, this.weight, this.ownerUnitIds, this.position);
		}

		Stamp stamp(String ifMatch) {
			return new Stamp(namedVersion(this.version, ifMatch), this.amendmentReason, this.amendmentDocumentId,
					this.amendmentMeetingId);
		}

	}

	@PostMapping(path = "/{id}/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thêm hoạt động của một nhiệm vụ (taskId)",
			description = "dueOn yyyy-MM-dd với duePrecision DAY | MONTH | QUARTER (lưu là ngày cuối tháng, quý); "
					+ "ownerUnitIds: đơn vị chủ trì trong cây của đơn vị lập chương trình; "
					+ "allCellsUnder: giao cho tất cả chi bộ thuộc một đơn vị")
	ResponseEntity<ProgrammeStructure> addActivity(@PathVariable long id, @RequestBody ActivityBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.owners.addActivity(id, body.input(), UnitSelection.of(null, body.allCellsUnder()), body.stamp(ifMatch),
				CurrentCaller.require());
		return created(id);
	}

	@PatchMapping(path = "/{id}/activities/{activityId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa hoạt động (trường trống giữ nguyên; ownerUnitIds thay cả danh sách)")
	ResponseEntity<ProgrammeStructure> changeActivity(@PathVariable long id, @PathVariable long activityId,
			@RequestBody ActivityBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.changeActivity(id, activityId, body.input(), false, body.stamp(ifMatch), CurrentCaller.require());
		return answer(id);
	}

	@DeleteMapping("/{id}/activities/{activityId}")
	@Operation(summary = "Xóa hoạt động chưa có báo cáo tiến độ")
	ResponseEntity<ProgrammeStructure> removeActivity(@PathVariable long id, @PathVariable long activityId,
			@RequestBody(required = false) StampBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.edits.removeActivity(id, activityId, StampBody.stamp(body, ifMatch), CurrentCaller.require());
		return answer(id);
	}

	/** The body of a removal: the version and, once adopted, the amendment. */
	record StampBody(Integer version, String amendmentReason, Long amendmentDocumentId, Long amendmentMeetingId) {

		static Stamp stamp(StampBody body, String ifMatch) {
			StampBody b = (body == null) ? new StampBody(null, null, null, null) : body;
			return new Stamp(namedVersion(b.version(), ifMatch), b.amendmentReason(), b.amendmentDocumentId(),
					b.amendmentMeetingId());
		}

	}

	private ResponseEntity<ProgrammeStructure> answer(long id) {
		ProgrammeStructure p = this.queries.structure(id, CurrentCaller.require());
		return ResponseEntity.ok().eTag(etag(p)).body(p);
	}

	private ResponseEntity<ProgrammeStructure> created(long id) {
		ProgrammeStructure p = this.queries.structure(id, CurrentCaller.require());
		return ResponseEntity.status(201).eTag(etag(p)).body(p);
	}

	private static String etag(ProgrammeStructure p) {
		return "\"" + p.version() + "\"";
	}

	/**
	 * The version a write names: the body's, else the {@code If-Match} header's
	 * ({@code "3"}, {@code W/"3"} or {@code 3}).
	 */
	static Integer namedVersion(Integer body, String ifMatch) {
		if (body != null || ifMatch == null || ifMatch.isBlank()) {
			return body;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Integer.valueOf(tag);
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField("version", "programme.version.invalid");
		}
	}

}
