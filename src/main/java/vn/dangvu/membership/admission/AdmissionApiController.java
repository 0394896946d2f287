package vn.dangvu.membership.admission;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.membership.admission.AdmissionQueries.AdmissionRow;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.web.RequestFields;

/**
 * Admission files as JSON: the list, one file, opening, the next step, withdrawing the
 * last step, closing. Errors are {@code application/problem+json}; files outside the
 * caller's scope are 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Membership", description = "Đảng viên: kết nạp, dự bị, chính thức, chuyển sinh hoạt, thống kê")
@RequiredArgsConstructor
class AdmissionApiController {

	private final AdmissionQueries queries;

	private final AdmissionCommands commands;

	private final AdmissionCorrections corrections;

	/** A page of admission files. */
	record AdmissionPage(List<AdmissionRow> content, int page, int size, long totalElements, int totalPages) {

	}

	@GetMapping("/admissions")
	@Operation(summary = "Admission files in the caller's scope, newest first",
			description = "state: OPEN, ADMITTED (probation), FULL, CLOSED (without it, every file but the "
					+ "closed ones); unit: a unit's subtree")
	AdmissionPage list(@RequestParam(required = false) Long unit, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1–200, default 20") @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw RuleViolationException.onField("page", "membership.param.page");
		}
		if (size < 1 || size > 200) {
			throw RuleViolationException.onField("size", "membership.param.size");
		}
		RequestFields.oneOf(state, "state", "membership.param.state", "OPEN", "ADMITTED", "FULL", "CLOSED");
		var result = this.queries.list(CurrentCaller.require(), unit, state, page, size);
		return new AdmissionPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
				result.getTotalPages());
	}

	/** A new candidate file. */
	record NewAdmission(Long personId, Long cellId, LocalDate openedOn) {

	}

	@PostMapping(path = "/admissions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open a candidate file for a person in a cell",
			responses = { @ApiResponse(responseCode = "201", description = "created"),
					@ApiResponse(responseCode = "409", description = "the person already has a file under way"),
					@ApiResponse(responseCode = "422", description = "rules broken") })
	ResponseEntity<AdmissionFile> create(@RequestBody NewAdmission body) {
		long person = RequestFields.required(body.personId(), "personId", "membership.field.required");
		long cell = RequestFields.required(body.cellId(), "cellId", "membership.field.required");
		Caller caller = CurrentCaller.require();
		long id = this.commands.open(caller, person, cell, body.openedOn());
		return ResponseEntity.created(URI.create("/api/v1/admissions/" + id)).body(this.queries.load(caller, id));
	}

	@GetMapping("/admissions/{id}")
	@Operation(summary = "One admission file with its steps and the next step's deadline")
	AdmissionFile get(@PathVariable long id) {
		return this.queries.load(CurrentCaller.require(), id);
	}

	/** An exception approved by the competent body. */
	record ExceptionJson(String approver, String document) {

	}

	/** The next step of a file. */
	record StepJson(String step, LocalDate date, String documentNumber, Integer votesFor, Integer votesAgainst,
			Integer votersTotal, List<Long> introducerIds, Boolean youthResolution, String cardNumber,
			ExceptionJson exception, String note) {

	}

	@PostMapping(path = "/admissions/{id}/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the next step of a file",
			description = "step: CERTIFICATE, APPLICATION, BIOGRAPHY, INTRODUCERS, COMMENTS, VETTING, CELL_RESOLUTION, "
					+ "COMMITTEE_RESOLUTION, DECISION, CEREMONY, CONVERSION_RESOLUTION, CONVERSION_DECISION, CARD; "
					+ "date yyyy-MM-dd; votes for resolutions; introducerIds (and youthResolution) for INTRODUCERS; "
					+ "exception {approver, document} for an over-age candidate or a late ceremony; cardNumber for CARD.",
			responses = { @ApiResponse(responseCode = "200", description = "the file after the step"),
					@ApiResponse(responseCode = "409", description = "the step is already recorded on this file"),
					@ApiResponse(responseCode = "422", description = "a policy refused the step, with its source") })
	AdmissionFile step(@PathVariable long id, @RequestBody StepJson body) {
		AdmissionStep step = null;
		if (body.step() != null) {
			step = AdmissionStep.parse(body.step())
				.orElseThrow(() -> RuleViolationException.onField("step", "membership.step.unknown"));
		}
		Caller caller = CurrentCaller.require();
		ExceptionJson ex = body.exception();
		this.commands.recordStep(caller, id,
				new StepInput(step, body.date(), body.documentNumber(), body.votesFor(), body.votesAgainst(),
						body.votersTotal(), body.introducerIds(), Boolean.TRUE.equals(body.youthResolution()),
						body.cardNumber(), ex == null ? null : ex.approver(), ex == null ? null : ex.document(),
						body.note()),
				null);
		return this.queries.load(caller, id);
	}

	/** Why a step or a file is withdrawn or closed. */
	record Reason(String reason) {

	}

	@PostMapping(path = "/admissions/{id}/steps/last/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Withdraw the last recorded step of a file (a recording mistake)",
			description = "The step is kept, marked withdrawn with the reason; an ADMITTED, CONVERTED or CARD_ISSUED "
					+ "event it wrote is cancelled by a CORRECTED event; withdrawing the ceremony puts the person's "
					+ "Party cell back and reopens the file. The step can then be recorded again.",
			responses = { @ApiResponse(responseCode = "200", description = "the file after the withdrawal"),
					@ApiResponse(responseCode = "422", description = "no step, a closed file, no reason, or events "
							+ "recorded after the step") })
	AdmissionFile withdrawLast(@PathVariable long id, @RequestBody Reason body) {
		Caller caller = CurrentCaller.require();
		this.corrections.withdrawLast(caller, id, body.reason());
		return this.queries.load(caller, id);
	}

	/** Closing a file. */
	record Closing(String reason, LocalDate closedOn) {

	}

	@PostMapping(path = "/admissions/{id}/closing", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Close an open file: the candidate withdrew or was not admitted",
			description = "reason required; closedOn yyyy-MM-dd, default today. A closed file leaves the default "
					+ "list (state=CLOSED shows it); the person can be proposed again only in a new file.",
			responses = { @ApiResponse(responseCode = "200", description = "the closed file"),
					@ApiResponse(responseCode = "422", description = "not open, no reason, or a bad date") })
	AdmissionFile close(@PathVariable long id, @RequestBody Closing body) {
		Caller caller = CurrentCaller.require();
		this.corrections.close(caller, id, body.closedOn(), body.reason());
		return this.queries.load(caller, id);
	}

}
