package vn.dangvu.directive.api;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.DocumentPage;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.directive.DocumentStatus;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.DuePeriod;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.NewAssignment;
import vn.dangvu.directive.NewDocument;
import vn.dangvu.directive.Obligation;
import vn.dangvu.directive.StudyItem;
import vn.dangvu.directive.StudyProgress;
import vn.dangvu.directive.TrackingBoard;
import vn.dangvu.directive.domain.Study;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Văn bản", description = "Sổ văn bản, triển khai xuống đơn vị, theo dõi thực hiện, học tập")
class DirectiveApiController {

	static final int MAX_SIZE = 500;

	private final DirectiveApi directives;

	private final Study study;

	DirectiveApiController(DirectiveApi directives, Study study) {
		this.directives = directives;
		this.study = study;
	}

	@GetMapping("/directives")
	@Operation(summary = "Tìm văn bản trong phạm vi người gọi",
			description = "q tìm không dấu trong số hiệu, trích yếu, cơ quan ban hành và toàn văn; lọc theo loại, "
					+ "cơ quan ban hành, năm, hiệu lực (IN_FORCE, AMENDED, REPLACED); sort = date, oldest, citation")
	DocumentPage list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) Long issuerId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "date") String sort,
			@RequestParam(defaultValue = "0") @Parameter(description = "Trang, từ 0") int page,
			@RequestParam(defaultValue = "20") @Parameter(description = "Số dòng mỗi trang, tối đa 500") int size) {
		paging(page, size);
		if (q != null && q.length() > 200) {
			throw RuleViolationException.onField("q", "directive.search.tooLong");
		}
		if (year != null && (year < 1930 || year > 2100)) {
			throw RuleViolationException.onField("year", "directive.search.yearInvalid");
		}
		return this.directives.search(new DocumentQuery(q, type(type), issuerId, year,
				parse(DocumentStatus.class, "status", status), sort, page, size), CurrentCaller.require());
	}

	@PostMapping("/directives")
	@Operation(summary = "Vào sổ một văn bản",
			description = "Số hiệu được phân tích (448-KH/ĐU, 07/QĐ-CĐ); loại và cơ quan ban hành suy ra từ số hiệu nếu "
					+ "không nêu. Trùng số + loại + cơ quan + ngày ban hành: 409 kèm đường dẫn văn bản đã có.")
	ResponseEntity<DocumentView> register(@RequestBody DirectiveRequests.Register body) {
		DocumentView created = this.directives.register(
				new NewDocument(body.citation(), type(body.type()), body.issuerId(), body.issueDate(), body.summary(),
						body.termId(), body.effectiveOn(), body.fullText(), body.ownerUnitId()),
				CurrentCaller.require());
		return ResponseEntity.created(URI.create("/api/v1/directives/" + created.id())).body(created);
	}

	@GetMapping("/directives/issuers")
	@Operation(summary = "Danh mục cơ quan ban hành (viết tắt, tên đầy đủ, cấp)")
	List<vn.dangvu.directive.Issuer> issuers(@RequestParam(defaultValue = "true") boolean activeOnly) {
		CurrentCaller.require();
		return this.directives.issuers(activeOnly);
	}

	@GetMapping("/directives/{id}")
	@Operation(summary = "Một văn bản, với liên kết, tệp đính kèm và hiệu lực tính tại ngày hôm nay")
	DocumentView get(@PathVariable long id) {
		return this.directives.get(id, CurrentCaller.require());
	}

	@PostMapping("/directives/{id}/links")
	@Operation(summary = "Liên kết văn bản này với văn bản khác (IMPLEMENTS, GUIDES, AMENDS, REPLACES)")
	DocumentView link(@PathVariable long id, @RequestBody DirectiveRequests.Link body) {
		if (body.toId() == null) {
			throw RuleViolationException.onField("toId", "directive.link.unknownTarget");
		}
		LinkKind kind = parse(LinkKind.class, "kind", body.kind());
		if (kind == null) {
			throw RuleViolationException.onField("kind", "directive.input.invalidChoice");
		}
		this.directives.link(id, body.toId(), kind, body.effectiveOn(), CurrentCaller.require());
		return this.directives.get(id, CurrentCaller.require());
	}

	@PostMapping("/directives/{id}/assignments")
	@Operation(summary = "Giao văn bản cho các đơn vị cấp dưới với các việc phải làm và hạn",
			description = "unitIds và/hoặc allCellsUnder (mọi chi bộ dưới một đơn vị); mỗi việc (DISSEMINATE, PLAN, "
					+ "INTERIM_REVIEW, FINAL_REVIEW) có đúng một trong dueOn, days (ngày lịch) hoặc workingDays (ngày làm việc)")
	ResponseEntity<AssignmentResult> assign(@PathVariable long id, @RequestBody DirectiveRequests.Assign body) {
		Map<ActionKind, DuePeriod> actions = new EnumMap<>(ActionKind.class);
		if (body.actions() != null) {
			for (int i = 0; i < body.actions().size(); i++) {
				DirectiveRequests.Due d = body.actions().get(i);
				ActionKind kind = d == null ? null : parse(ActionKind.class, "actions[" + i + "].kind", d.kind());
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
		AssignmentResult result = this.directives.assign(id,
				new NewAssignment(body.fromUnitId(), body.unitIds(), body.allCellsUnder(), actions, body.assignedOn()),
				CurrentCaller.require());
		return ResponseEntity.created(URI.create("/api/v1/directives/" + id + "/tracking")).body(result);
	}

	@PostMapping("/directives/{id}/units/{unitId}/actions/{kind}")
	@Operation(summary = "Ghi nhận đơn vị đã thực hiện một việc (quán triệt: ngày và số dự/tổng số; kế hoạch, "
			+ "sơ kết, tổng kết: văn bản đã vào sổ hoặc tệp đính kèm)")
	List<Obligation> record(@PathVariable long id, @PathVariable long unitId, @PathVariable String kind,
			@RequestBody DirectiveRequests.Action body) {
		ActionKind k = parse(ActionKind.class, "kind", kind);
		if (k == null) {
			throw RuleViolationException.onField("kind", "directive.input.invalidChoice");
		}
		this.directives.recordAction(id, unitId, k, new ActionRecord(body.doneOn(), body.present(), body.total(),
				body.reportDocumentId(), body.attachmentId(), body.note()), CurrentCaller.require());
		return this.directives.obligations(unitId, false, CurrentCaller.require())
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
		paging(page, size);
		return this.directives.tracking(id, under, overdueOnly, page, size, CurrentCaller.require());
	}

	@GetMapping("/directives/{id}/study")
	@Operation(summary = "Ai trong các chi bộ được giao đã đọc, đã học tập văn bản")
	List<StudyProgress> studyProgress(@PathVariable long id) {
		this.directives.get(id, CurrentCaller.require());
		return this.directives.studyProgress(id, CurrentCaller.require());
	}

	@GetMapping("/directives/study")
	@Operation(summary = "Văn bản chi bộ của đảng viên được giao học tập")
	List<StudyItem> studyList() {
		return this.directives.studyList(CurrentCaller.require());
	}

	@PostMapping("/directives/{id}/study")
	@Operation(summary = "Đảng viên đánh dấu đã đọc (studied=false) hoặc đã học tập (studied=true)")
	StudyItem mark(@PathVariable long id, @RequestBody(required = false) DirectiveRequests.Mark body) {
		boolean studied = body != null && Boolean.TRUE.equals(body.studied());
		return this.study.mark(id, studied, CurrentCaller.require());
	}

	@GetMapping("/units/{id}/obligations")
	@Operation(summary = "Các việc đơn vị phải làm theo văn bản được giao (quá hạn, sắp đến hạn, ...)")
	List<Obligation> obligations(@PathVariable long id, @RequestParam(defaultValue = "false") boolean openOnly) {
		return this.directives.obligations(id, openOnly, CurrentCaller.require());
	}

	static void paging(int page, int size) {
		if (page < 0 || page > 1_000_000) {
			throw RuleViolationException.onField("page", "directive.input.pageInvalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw RuleViolationException.onField("size", "directive.input.sizeInvalid", MAX_SIZE);
		}
	}

	static DocumentType type(String value) {
		return parse(DocumentType.class, "type", value);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.onField(field, "directive.input.invalidChoice");
		}
	}

}
