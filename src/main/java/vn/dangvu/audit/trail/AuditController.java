package vn.dangvu.audit.trail;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.Choice;
import vn.dangvu.platform.web.PageForms;

/** The audit viewer: filters, list, detail with a before/after table, Excel export. */
@Controller
@RequestMapping("/audit")
@RequiredArgsConstructor
class AuditController {

	private static final String[] HEADERS = { "audit.col.time", "audit.col.actor", "audit.col.action",
			"audit.col.entityType", "audit.col.entityId", "audit.col.unit", "audit.col.before", "audit.col.after" };

	private static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private final AuditTrail trail;

	private final AuditDiff diff;

	private final Messages messages;

	private final Clock clock;

	private final PageForms forms;

	@GetMapping
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Caller caller = CurrentCaller.require();
		AuditQuery query = new AuditQuery(actor, unit, entity, entityId, from, to);
		model.addAttribute("query", query);
		model.addAttribute("entityTypes", Choice.of(this.trail.entityTypes(caller), (t) -> t, this::entityLabel));
		model.addAttribute("units", Choice.of(this.trail.units(caller), AuditTrail.UnitOption::id,
				(u) -> "· ".repeat(u.depth() - 1) + u.name()));
		String filters = filters(UriComponentsBuilder.fromPath(""), query).build().getQuery();
		model.addAttribute("filters", (filters != null) ? filters : "");
		model.addAttribute("baseUrl", filters(UriComponentsBuilder.fromPath("/audit"), query).toUriString());
		return this.forms.attempt(AuditQueryException.class::isInstance, () -> {
			model.addAttribute("page", this.trail.page(caller, query, Math.max(page, 0), PAGE_SIZE));
			return "audit/list";
		}, (ex) -> {
			model.addAttribute("filterError", this.messages.text(ex));
			model.addAttribute("page", Page.empty());
			return "audit/list";
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AuditEntry entry = this.trail.require(CurrentCaller.require(), id);
		model.addAttribute("entry", entry);
		model.addAttribute("lines", this.diff.of(entry));
		return "audit/detail";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.require();
		AuditQuery query = new AuditQuery(actor, unit, entity, entityId, from, to);
		this.trail.scopeOf(caller);
		try (SheetWriter sheet = SheetWriter.open(this.messages.text("audit.export.sheet"))) {
			sheet.header(Stream.of(HEADERS).map(this.messages::text).toArray(String[]::new)).freezeAbove();
			this.trail.forEach(caller, query,
					(e) -> sheet.row()
						.time(e.occurredLocal())
						.text(e.actor())
						.text(e.action())
						.text(e.entityType())
						.text(e.entityId())
						.text((e.unitName() != null) ? e.unitName() : "")
						.text(this.diff.json(e.before()))
						.text(this.diff.json(e.after())));
			sheet.widths(20, 18, 16, 16, 12, 30, 60, 60);
			sheet.send(response,
					"nhat-ky-" + STAMP.format(LocalDateTime.now(this.clock.withZone(VietnamTime.ZONE))) + ".xlsx");
		}
	}

	private String entityLabel(String type) {
		String label = this.messages.textOrNull("audit.entity." + type);
		return (label != null) ? label : type;
	}

	private static UriComponentsBuilder filters(UriComponentsBuilder b, AuditQuery q) {
		addIf(b, "actor", q.actor());
		addIf(b, "unit", q.unitId());
		addIf(b, "entity", q.entityType());
		addIf(b, "entityId", q.entityId());
		addIf(b, "from", q.from());
		addIf(b, "to", q.to());
		return b.encode();
	}

	private static void addIf(UriComponentsBuilder b, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			b.queryParam(name, value);
		}
	}

}
