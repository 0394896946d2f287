package vn.dangvu.directive.cascade;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.ActionRecord;
import vn.dangvu.directive.AssignmentResult;
import vn.dangvu.directive.DuePeriod;
import vn.dangvu.directive.NewAssignment;
import vn.dangvu.directive.Obligation;
import vn.dangvu.directive.TrackingBoard;
import vn.dangvu.directive.input.ApiInput;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;

/** The cascade over HTTP: assigning, recording actions, the board, obligations. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Văn bản", description = "Sổ văn bản, triển khai xuống đơn vị, theo dõi thực hiện, học tập")
@RequiredArgsConstructor
class CascadeApiController {

	private final AssignmentService assignments;

	private final ActionRecording recording;

	private final Board boards;

	private final Obligations obligations;

	@PostMapping("/directives/{id}/assignments")
	@Operation(summary = "Giao văn bản cho các đơn vị cấp dưới với các việc phải làm và hạn",
			description = "unitIds và/hoặc allCellsUnder (mọi chi bộ dưới một đơn vị); mỗi việc (DISSEMINATE, PLAN, "
					+ "INTERIM_REVIEW, FINAL_REVIEW) có đúng một trong dueOn, days (ngày lịch) hoặc workingDays (ngày làm việc)")
	ResponseEntity<AssignmentResult> assign(@PathVariable long id, @RequestBody CascadeRequests.Assign body) {
		Map<ActionKind, DuePeriod> actions = new EnumMap<>(ActionKind.class);
		if (body.actions() != null) {
			for (int i = 0; i < body.actions().size(); i++) {
				CascadeRequests.Due d = body.actions().get(i);
				ActionKind kind = d == null ? null
						: ApiInput.parse(ActionKind.class, "actions[" + i + "].kind", d.kind());
				if (kind == null) {
					throw RuleViolationException.onField("actions[" + i + "].kind", "directive.input.invalidChoice");
				}
				if (actions.put(kind, new DuePeriod(d.dueOn(), d.days(), d.workingDays())) != null) {
					throw RuleViolationException.onField("actions[" + i + "].kind", "directive.assign.actionTwice");
				}
			}
		}
		if (body.unitIds() != null && body.unitIds().size() > 10_000) {
			throw RuleViolationException.onField("unitIds", "directive.assign.tooMany");
		}
		AssignmentResult result = this.assignments.assign(id,
				new NewAssignment(body.fromUnitId(), body.unitIds(), body.allCellsUnder(), actions, body.assignedOn()),
				CurrentCaller.require());
		return ResponseEntity.created(URI.create("/api/v1/directives/" + id + "/tracking")).body(result);
	}

	@PostMapping("/directives/{id}/units/{unitId}/actions/{kind}")
	@Operation(summary = "Ghi nhận đơn vị đã thực hiện một việc (quán triệt: ngày và số dự/tổng số; kế hoạch, "
			+ "sơ kết, tổng kết: văn bản đã vào sổ hoặc tệp đính kèm)")
	List<Obligation> record(@PathVariable long id, @PathVariable long unitId, @PathVariable String kind,
			@RequestBody CascadeRequests.Action body) {
		ActionKind k = ApiInput.parse(ActionKind.class, "kind", kind);
		if (k == null) {
			throw RuleViolationException.onField("kind", "directive.input.invalidChoice");
		}
		this.recording.record(id, unitId, k, new ActionRecord(body.doneOn(), body.present(), body.total(),
				body.reportDocumentId(), body.attachmentId(), body.note()), CurrentCaller.require());
		return this.obligations.obligations(unitId, false, CurrentCaller.require())
			.stream()
			.filter((o) -> o.documentId() == id)
			.toList();
	}

	@GetMapping("/directives/{id}/tracking")
	@Operation(summary = "Bảng theo dõi: văn bản × đơn vị, trạng thái từng việc (DONE, DONE_LATE, OVERDUE, DUE_SOON, "
			+ "PENDING) và tỷ lệ hoàn thành trong phạm vi")
	TrackingBoard tracking(@PathVariable long id, @RequestParam(required = false) Long under,
			@RequestParam(defaultValue = "false") boolean overdueOnly,
			@RequestParam(defaultValue = "0") @Parameter(description = "Trang, từ 0") int page,
			@RequestParam(defaultValue = "100") @Parameter(description = "Số dòng mỗi trang, tối đa 500") int size) {
		ApiInput.paging(page, size);
		return this.boards.board(id, under, overdueOnly, page, size, CurrentCaller.require());
	}

	@GetMapping("/units/{id}/obligations")
	@Operation(summary = "Các việc đơn vị phải làm theo văn bản được giao (quá hạn, sắp đến hạn, ...)")
	List<Obligation> obligations(@PathVariable long id, @RequestParam(defaultValue = "false") boolean openOnly) {
		return this.obligations.obligations(id, openOnly, CurrentCaller.require());
	}

}
