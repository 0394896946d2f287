package vn.dangvu.people.record;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * People as JSON. Values are read field by field, so a wrong type, date or catalogue
 * value is a 400 with per-field errors; a broken rule is 422, an already registered CCCD
 * 409, and a person or unit outside the caller's scope 404 (or a field error on a unit).
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Nhân sự: cán bộ, công chức, người lao động")
@RequiredArgsConstructor
class PeopleApiController {

	private final PersonReads reads;

	private final PersonService people;

	private final PersonInput input;

	private final MessageSource messages;

	@GetMapping
	@Operation(summary = "List people in the caller's scope",
			description = "Vietnamese order by default (given name, middle, family); q ignores diacritics.")
	PersonPageJson list(@RequestParam(required = false) String q,
			@Parameter(description = "unit id: people with any unit in its subtree") @RequestParam(
					required = false) String unit,
			@Parameter(description = "PARTY, UNION, YOUTH or NON_PARTY") @RequestParam(required = false) String kind,
			@RequestParam(required = false) String minAge, @RequestParam(required = false) String maxAge,
			@RequestParam(required = false) String page,
			@Parameter(description = "1–200, default 20") @RequestParam(required = false) String size,
			@Parameter(description = "name (default), birthDate or -birthDate") @RequestParam(
					required = false) String sort) {
		ListQuery query = ListQuery.parse(q, unit, kind, minAge, maxAge, page, size, sort);
		if (!query.violations().isEmpty()) {
			throw PersonRejected.unreadable(query.violations());
		}
		Page<PersonRow> result = this.reads.list(CurrentCaller.require(), query.filter(), query.page(), query.size());
		return new PersonPageJson(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
				result.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person",
			responses = @ApiResponse(responseCode = "404", description = "absent or out of scope"))
	PersonJson get(@PathVariable long id) {
		return PersonJson.of(this.reads.details(CurrentCaller.require(), id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a person",
			description = "Fields: fullName, birthDate (yyyy-MM-dd), sex (MALE/FEMALE), cccd, ethnicity, religion, "
					+ "generalEducation, professionalLevel, theoryLevel, jobTitle, workUnitId, partyUnitId, unionUnitId, "
					+ "youthUnitId, phone, email, address.",
			responses = { @ApiResponse(responseCode = "201", description = "created"),
					@ApiResponse(responseCode = "400", description = "unreadable values"),
					@ApiResponse(responseCode = "409", description = "CCCD already registered"),
					@ApiResponse(responseCode = "422", description = "rules broken") })
	ResponseEntity<PersonJson> create(@RequestBody Map<String, Object> body) {
		Caller caller = CurrentCaller.require();
		PersonInput.Result read = this.input.read(body, PersonDraft.empty());
		if (!read.ok()) {
			throw PersonRejected.unreadable(read.violations());
		}
		long id = this.people.create(caller, read.draft());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id))
			.body(PersonJson.of(this.reads.details(caller, id)));
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change some fields of a person",
			description = "Absent fields keep their value, null or \"\" clears an optional one; "
					+ "send version to refuse a stale change (409).")
	PersonJson patch(@PathVariable long id, @RequestBody Map<String, Object> body) {
		Caller caller = CurrentCaller.require();
		PersonService.Stored stored = this.people.load(caller, id);
		PersonInput.Result read = this.input.read(body, stored.draft());
		if (!read.ok()) {
			throw PersonRejected.unreadable(read.violations());
		}
		this.people.update(caller, id, read.draft(), read.version());
		return PersonJson.of(this.reads.details(caller, id));
	}

	@ExceptionHandler(PersonRejected.class)
	ResponseEntity<ProblemDetail> rejected(PersonRejected ex, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (Verdict v : ex.violations()) {
			errors.add(Map.of("field", v.field(), "message", text(v.messageKey(), v.args().toArray())));
		}
		String detail = errors.size() == 1 ? errors.get(0).get("message") : text("person.rejected");
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(ex.status(), detail);
		pd.setTitle(text("error.title." + ex.status().value()));
		pd.setInstance(URI.create(request.getRequestURI()));
		pd.setProperty("errors", errors);
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
