package vn.dangvu.audit.trail;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.platform.security.CurrentCaller;

/** The audit trail as JSON, with the same scope as the viewer. */
@RestController
@RequiredArgsConstructor
class AuditApiController {

	private static final int MAX_SIZE = 200;

	private final AuditTrail trail;

	/** One page of entries, newest first. */
	record AuditPage(List<AuditEntry> content, int page, int size, long totalElements, int totalPages) {

	}

	@GetMapping("/api/v1/audit")
	AuditPage list(@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new LinkedHashMap<>(), "query");
		if (page < 0) {
			errors.rejectValue("page", "audit.input.pageInvalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			errors.rejectValue("size", "audit.input.sizeInvalid", new Object[] { MAX_SIZE }, null);
		}
		if (from != null && to != null && from.isAfter(to)) {
			errors.rejectValue("from", "audit.filter.fromAfterTo");
		}
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		Page<AuditEntry> result = this.trail.page(CurrentCaller.require(),
				new AuditQuery(actor, unit, entity, entityId, from, to), page, size);
		return new AuditPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
				result.getTotalPages());
	}

}
