package vn.dangvu.people.record;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dangvu.people.importing.PersonSheet;
import vn.dangvu.people.scope.PersonScope;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.Downloads;

/** The people list, its fragment for the unit page, a person's page and the export. */
@Controller
@RequestMapping("/people")
@RequiredArgsConstructor
class PeopleController {

	static final int FRAGMENT_SIZE = 50;

	private final PersonReads reads;

	private final PeopleUnits units;

	private final PersonSheet sheet;

	private final MessageSource messages;

	private final Clock clock;

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String minAge,
			@RequestParam(required = false) String maxAge, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort, Model model) {
		Caller caller = CurrentCaller.require();
		ListQuery query = ListQuery.parse(q, unit, kind, minAge, maxAge, page, size, sort);
		Page<PersonRow> result = this.reads.list(caller, query.filter(), query.page(), query.size());
		PersonScope scope = this.reads.scopeOf(caller);
		model.addAttribute("filter", query.filter());
		model.addAttribute("size", query.size());
		model.addAttribute("page", result);
		model.addAttribute("problems", query.violations()
			.stream()
			.map((v) -> this.messages.getMessage(v.messageKey(), v.args().toArray(), LocaleContextHolder.getLocale()))
			.toList());
		model.addAttribute("kinds", Belonging.values());
		model.addAttribute("unitChoices", scope.selfOnly() ? List.of()
				: this.units.choices(scope.units(), List.of(), VietnamTime.today(this.clock)));
		model.addAttribute("canManage", caller.canManagePeople());
		model.addAttribute("baseUrl", url("/people", query.filter(), query.size()));
		model.addAttribute("exportUrl", url("/people/export", query.filter(), null));
		return "people/list";
	}

	@GetMapping("/fragment")
	String fragment(@RequestParam long unit, Model model) {
		Page<PersonRow> result = this.reads.list(CurrentCaller.require(), PersonFilter.ofUnit(unit), 0, FRAGMENT_SIZE);
		model.addAttribute("page", result);
		model.addAttribute("unitId", unit);
		return "people/fragment :: people";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		Caller caller = CurrentCaller.require();
		model.addAttribute("person", this.reads.details(caller, id));
		model.addAttribute("canAudit", caller.canViewAudit());
		return "people/show";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String minAge,
			@RequestParam(required = false) String maxAge, @RequestParam(required = false) String sort,
			HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.require();
		ListQuery query = ListQuery.parse(q, unit, kind, minAge, maxAge, null, null, sort);
		// Check the filter (a unit out of scope is 404) before the download starts.
		this.reads.list(caller, query.filter(), 0, 1);
		response.setContentType(PersonSheet.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				Downloads.attachment("nhan-su-" + VietnamTime.today(this.clock) + ".xlsx"));
		this.sheet.writeExport(response.getOutputStream(), (sink) -> this.reads.forEach(caller, query.filter(), sink));
	}

	static String url(String path, PersonFilter f, Integer size) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		if (f.q() != null) {
			b.queryParam("q", f.q());
		}
		if (f.unit() != null) {
			b.queryParam("unit", f.unit());
		}
		if (f.kind() != null) {
			b.queryParam("kind", f.kind());
		}
		if (f.minAge() != null) {
			b.queryParam("minAge", f.minAge());
		}
		if (f.maxAge() != null) {
			b.queryParam("maxAge", f.maxAge());
		}
		if (f.sort() != null && !PersonFilter.SORT_NAME.equals(f.sort())) {
			b.queryParam("sort", f.sort());
		}
		if (size != null && size != PersonReads.DEFAULT_SIZE) {
			b.queryParam("size", size);
		}
		return b.encode().build().toUriString();
	}

}
