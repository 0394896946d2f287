package vn.dangvu.audit.web;

import java.time.Clock;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.audit.AuditEntry;
import vn.dangvu.audit.AuditQuery;
import vn.dangvu.audit.domain.AuditDiff;
import vn.dangvu.audit.domain.AuditQueryException;
import vn.dangvu.audit.domain.AuditTrail;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/** The audit viewer: filters, list, detail with a before/after table, Excel export. */
@Controller
@RequestMapping("/audit")
class AuditController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int PAGE_SIZE = 50;

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private final AuditTrail trail;

	private final AuditDiff diff;

	private final MessageSource messages;

	private final Clock clock;

	AuditController(AuditTrail trail, AuditDiff diff, MessageSource messages, Clock clock) {
		this.trail = trail;
		this.diff = diff;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Caller caller = CurrentCaller.require();
		AuditQuery query = new AuditQuery(actor, unit, entity, entityId, from, to);
		model.addAttribute("query", query);
		model.addAttribute("entityTypes", this.trail.entityTypes(caller));
		model.addAttribute("units", this.trail.units(caller));
		String filters = filters(UriComponentsBuilder.fromPath(""), query).build().getQuery();
		model.addAttribute("filters", (filters != null) ? filters : "");
		model.addAttribute("baseUrl", filters(UriComponentsBuilder.fromPath("/audit"), query).toUriString());
		try {
			model.addAttribute("page", this.trail.page(caller, query, Math.max(page, 0), PAGE_SIZE));
		}
		catch (AuditQueryException ex) {
			model.addAttribute("filterError", text(ex.messageKey(), ex.args()));
			model.addAttribute("page", Page.empty());
		}
		return "audit/list";
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
		String[] headers = { "audit.col.time", "audit.col.actor", "audit.col.action", "audit.col.entityType",
				"audit.col.entityId", "audit.col.unit", "audit.col.before", "audit.col.after" };
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = book.createSheet(text("audit.export.sheet"));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle time = book.createCellStyle();
			time.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				head.createCell(i).setCellValue(text(headers[i]));
				head.getCell(i).setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			AtomicInteger rowNo = new AtomicInteger(1);
			this.trail.forEach(caller, query, (e) -> {
				Row row = sheet.createRow(rowNo.getAndIncrement());
				row.createCell(0).setCellValue(e.occurredLocal());
				row.getCell(0).setCellStyle(time);
				row.createCell(1).setCellValue(e.actor());
				row.createCell(2).setCellValue(e.action());
				row.createCell(3).setCellValue(e.entityType());
				row.createCell(4).setCellValue(e.entityId());
				row.createCell(5).setCellValue((e.unitName() != null) ? e.unitName() : "");
				row.createCell(6).setCellValue(this.diff.json(e.before()));
				row.createCell(7).setCellValue(this.diff.json(e.after()));
			});
			int[] widths = { 20, 18, 16, 16, 12, 30, 60, 60 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("nhat-ky-" + STAMP.format(LocalDateTime.now(this.clock.withZone(ZONE))) + ".xlsx")
						.build()
						.toString());
			try (OutputStream out = response.getOutputStream()) {
				book.write(out);
			}
		}
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

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
