package vn.dangvu.organisation.tree;

import java.time.Clock;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.time.VietnamTime;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Tổ chức", description = "Cây tổ chức Đảng, Công đoàn, Đoàn và lịch sử thay đổi")
@RequiredArgsConstructor
class UnitApiController {

	private static final int MAX_SIZE = 500;

	private final UnitQueries queries;

	private final UnitHistoryQueries past;

	private final UnitService service;

	private final UnitScopes scopes;

	private final Clock clock;

	@GetMapping
	@Operation(summary = "Danh sách tổ chức trong phạm vi người gọi",
			description = "Hiện tại, hoặc như tại ngày asOf (theo lịch sử). q tìm không dấu theo tên, tên viết tắt, mã.")
	UnitPage list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String q, @RequestParam(required = false) Set<UnitKind> kind,
			@RequestParam(defaultValue = "false") boolean includeClosed,
			@RequestParam(defaultValue = "0") @Parameter(description = "Trang, từ 0") int page,
			@RequestParam(defaultValue = "100") @Parameter(description = "Số dòng mỗi trang, tối đa 500") int size)
			throws BindException {
		Errors errors = errors("query");
		if (page < 0) {
			errors.rejectValue("page", "unit.input.pageInvalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			errors.rejectValue("size", "unit.input.sizeInvalid", new Object[] { MAX_SIZE }, null);
		}
		check(errors);
		UnitScope scope = this.scopes.current();
		List<UnitDto> all = (asOf == null) ? this.queries.list(scope, q, kind, includeClosed)
				: this.past.listAsOf(scope, asOf, q, kind);
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new UnitPage(all.subList(from, to), page, size, all.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một tổ chức (hiện tại hoặc như tại ngày asOf)")
	UnitDto get(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		UnitScope scope = this.scopes.current();
		if (asOf == null) {
			return this.queries.require(id, scope);
		}
		return this.past.findAsOf(id, scope, asOf).orElseThrow(() -> NotFoundException.of("unit", id));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Lịch sử tên và trực thuộc của tổ chức")
	List<HistoryEntry> history(@PathVariable long id) {
		return this.past.history(id, this.scopes.current());
	}

	@PostMapping
	@Operation(summary = "Thành lập tổ chức")
	ResponseEntity<UnitDto> create(@RequestBody UnitRequests.CreateUnit body) throws BindException {
		Errors errors = errors("unit");
		String code = UnitInput.code(errors, "code", body.code());
		UnitKind kind = UnitInput.kind(errors, "kind", body.kind());
		String name = UnitInput.name(errors, "name", body.name(), UnitInput.NAME_MAX, true);
		String shortName = UnitInput.name(errors, "shortName", body.shortName(), UnitInput.SHORT_NAME_MAX, false);
		LocalDate establishedOn = UnitInput.date(errors, "establishedOn", body.establishedOn(), null);
		String decisionRef = UnitInput.name(errors, "decisionRef", body.decisionRef(), UnitInput.DECISION_MAX, false);
		String note = UnitInput.text(errors, "note", body.note(), UnitInput.NOTE_MAX, false);
		check(errors);
		UnitDto created = this.service.create(new CreateUnitCmd(code, kind, name, shortName, body.parentId(),
				body.ledById(), establishedOn, decisionRef, note));
		return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(created);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Đổi tên, tên viết tắt của tổ chức từ một ngày")
	UnitDto rename(@PathVariable long id, @RequestBody UnitRequests.RenameUnit body) throws BindException {
		Errors errors = errors("unit");
		if (body.name() == null && body.shortName() == null) {
			errors.rejectValue("name", "unit.rename.nothing");
		}
		String name = body.name() == null ? null
				: UnitInput.name(errors, "name", body.name(), UnitInput.NAME_MAX, true);
		String shortName = body.shortName() == null ? null
				: nonNull(UnitInput.name(errors, "shortName", body.shortName(), UnitInput.SHORT_NAME_MAX, false));
		LocalDate date = UnitInput.date(errors, "effectiveDate", body.effectiveDate(), VietnamTime.today(this.clock));
		String decisionRef = UnitInput.name(errors, "decisionRef", body.decisionRef(), UnitInput.DECISION_MAX, false);
		String note = UnitInput.text(errors, "note", body.note(), UnitInput.NOTE_MAX, false);
		check(errors);
		return this.service.rename(new RenameUnitCmd(id, name, shortName, date, decisionRef, note));
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Chuyển tổ chức sang trực thuộc đơn vị khác từ một ngày (parentId rỗng: lên cấp cao nhất)")
	UnitDto move(@PathVariable long id, @RequestBody UnitRequests.MoveUnit body) throws BindException {
		Errors errors = errors("move");
		LocalDate date = UnitInput.date(errors, "effectiveDate", body.effectiveDate(), VietnamTime.today(this.clock));
		String decisionRef = UnitInput.name(errors, "decisionRef", body.decisionRef(), UnitInput.DECISION_MAX, false);
		String note = UnitInput.text(errors, "note", body.note(), UnitInput.NOTE_MAX, false);
		check(errors);
		return this.service.move(new MoveUnitCmd(id, body.parentId(), date, decisionRef, note));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Giải thể tổ chức từ một ngày")
	UnitDto close(@PathVariable long id, @RequestBody(required = false) UnitRequests.CloseUnit body)
			throws BindException {
		UnitRequests.CloseUnit b = (body != null) ? body : new UnitRequests.CloseUnit(null, null, null);
		Errors errors = errors("close");
		LocalDate date = UnitInput.date(errors, "effectiveDate", b.effectiveDate(), VietnamTime.today(this.clock));
		String decisionRef = UnitInput.name(errors, "decisionRef", b.decisionRef(), UnitInput.DECISION_MAX, false);
		String note = UnitInput.text(errors, "note", b.note(), UnitInput.NOTE_MAX, false);
		check(errors);
		return this.service.close(new CloseUnitCmd(id, date, decisionRef, note));
	}

	@PostMapping("/merge")
	@Operation(summary = "Hợp nhất nhiều tổ chức vào một tổ chức có sẵn (targetId) hoặc tổ chức mới (newTarget)")
	UnitDto merge(@RequestBody UnitRequests.MergeUnits body) throws BindException {
		Errors errors = errors("merge");
		if (body.sourceIds() == null || body.sourceIds().isEmpty() || body.sourceIds().contains(null)) {
			errors.rejectValue("sourceIds", "unit.merge.noSources");
		}
		if ((body.targetId() == null) == (body.newTarget() == null)) {
			errors.rejectValue("targetId", "unit.merge.oneTarget");
		}
		MergeUnitsCmd.NewTarget newTarget = null;
		if (body.newTarget() != null) {
			UnitRequests.NewTarget t = body.newTarget();
			newTarget = new MergeUnitsCmd.NewTarget(UnitInput.code(errors, "newTarget.code", t.code()),
					UnitInput.kind(errors, "newTarget.kind", t.kind()),
					UnitInput.text(errors, "newTarget.name", t.name(), UnitInput.NAME_MAX, true),
					UnitInput.text(errors, "newTarget.shortName", t.shortName(), UnitInput.SHORT_NAME_MAX, false),
					t.parentId());
		}
		LocalDate date = UnitInput.date(errors, "effectiveDate", body.effectiveDate(), VietnamTime.today(this.clock));
		String decisionRef = UnitInput.name(errors, "decisionRef", body.decisionRef(), UnitInput.DECISION_MAX, false);
		String note = UnitInput.text(errors, "note", body.note(), UnitInput.NOTE_MAX, false);
		check(errors);
		return this.service
			.merge(new MergeUnitsCmd(body.sourceIds(), body.targetId(), newTarget, date, decisionRef, note));
	}

	private static Errors errors(String name) {
		return new MapBindingResult(new LinkedHashMap<>(), name);
	}

	private static void check(Errors errors) throws BindException {
		if (errors.hasErrors()) {
			throw new BindException((MapBindingResult) errors);
		}
	}

	/** An empty short name in a PATCH clears it. */
	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

}
