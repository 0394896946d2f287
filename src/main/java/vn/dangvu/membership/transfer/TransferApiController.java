package vn.dangvu.membership.transfer;

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

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.transfer.TransferQueries.TransferRow;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.web.RequestFields;

/**
 * Transfers of Party members (the sending cell records, the receiving cell confirms),
 * arrivals from outside, returns from a temporary transfer, striking off and expulsion —
 * the same rules as the pages, through {@link TransferCommands}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Membership", description = "Đảng viên: kết nạp, dự bị, chính thức, chuyển sinh hoạt, thống kê")
@RequiredArgsConstructor
class TransferApiController {

	private final TransferQueries transfers;

	private final TransferCommands commands;

	private final ArrivalsAndEndings arrivals;

	private final PartyStatus membership;

	@GetMapping("/transfers")
	@Operation(summary = "Transfers whose sending or receiving cell is in the caller's scope",
			description = "unit: a unit's subtree; all=false (default) lists only transfers under way",
			responses = @ApiResponse(responseCode = "404", description = "unit absent or out of scope"))
	List<TransferRow> list(@RequestParam(required = false) Long unit, @Parameter(
			description = "true to include finished transfers") @RequestParam(defaultValue = "false") boolean all) {
		return this.transfers.list(CurrentCaller.require(), unit, !all);
	}

	@GetMapping("/transfers/{id}")
	@Operation(summary = "One transfer with its deadlines",
			responses = @ApiResponse(responseCode = "404", description = "absent or out of scope"))
	TransferRow get(@PathVariable long id) {
		return this.transfers.find(CurrentCaller.require(), id);
	}

	/** A transfer to start. */
	record NewTransfer(Long personId, String kind, String purpose, Long toCellId, String otherUnitName,
			String letterNumber, LocalDate letterDate, LocalDate movedOn, LocalDate sentOn, LocalDate plannedUntil) {

	}

	@PostMapping(path = "/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The sending cell starts a permanent or temporary transfer",
			description = "kind: PERMANENT (default) or TEMPORARY; purpose STAY or STUDY for a temporary one with "
					+ "plannedUntil; toCellId for a cell in the system, else otherUnitName (an organisation outside) "
					+ "with letterNumber and letterDate; sentOn = the letter's date of sending, movedOn = the day "
					+ "the member moved (default sentOn).",
			responses = { @ApiResponse(responseCode = "201", description = "created"),
					@ApiResponse(responseCode = "404", description = "the person is out of scope"),
					@ApiResponse(responseCode = "409", description = "a transfer of this member is already under way"),
					@ApiResponse(responseCode = "422", description = "rules broken") })
	ResponseEntity<TransferRow> send(@RequestBody NewTransfer body) {
		long person = RequestFields.required(body.personId(), "personId", "membership.field.required");
		String kind = RequestFields.oneOf(body.kind() == null ? "PERMANENT" : body.kind(), "kind",
				"membership.transfer.kind.unknown", "PERMANENT", "TEMPORARY");
		RequestFields.oneOf(body.purpose(), "purpose", "membership.transfer.purpose.unknown", "STAY", "STUDY");
		Caller caller = CurrentCaller.require();
		long id = this.commands.send(caller,
				new TransferCommands.TransferInput(person, "TEMPORARY".equals(kind), "STUDY".equals(body.purpose()),
						body.toCellId(), body.toCellId() == null ? body.otherUnitName() : null, body.letterNumber(),
						body.letterDate(), body.movedOn(), body.sentOn(), body.plannedUntil()));
		return ResponseEntity.created(URI.create("/api/v1/transfers/" + id)).body(this.transfers.find(caller, id));
	}

	/** The date the receiving cell took the member in. */
	record Confirmation(LocalDate receivedOn) {

	}

	@PostMapping(path = "/transfers/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The receiving cell confirms the member presented the letter",
			responses = { @ApiResponse(responseCode = "404", description = "not a transfer to the caller's cells"),
					@ApiResponse(responseCode = "422", description = "not under way, or a bad date") })
	TransferRow confirm(@PathVariable long id, @RequestBody Confirmation body) {
		Caller caller = CurrentCaller.require();
		this.commands.receive(caller, id, body.receivedOn());
		return this.transfers.find(caller, id);
	}

	/** The date a temporarily transferred member came back. */
	record Return(LocalDate backOn) {

	}

	@PostMapping(path = "/transfers/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The home cell records a temporarily transferred member back",
			responses = { @ApiResponse(responseCode = "404", description = "not a transfer from the caller's cells"),
					@ApiResponse(responseCode = "422", description = "not a temporary transfer under way") })
	TransferRow back(@PathVariable long id, @RequestBody Return body) {
		Caller caller = CurrentCaller.require();
		this.commands.back(caller, id, body.backOn());
		return this.transfers.find(caller, id);
	}

	/** A member arriving from a Party organisation outside the system. */
	record Arrival(Long personId, Long cellId, String otherUnitName, String letterNumber, LocalDate letterDate,
			LocalDate receivedOn, String standing, LocalDate admittedOn) {

	}

	@PostMapping(path = "/transfers/arrivals", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A cell takes in a member from a Party organisation outside the system",
			description = "standing: FULL (default) or PROBATIONARY, admittedOn for a probationary member",
			responses = { @ApiResponse(responseCode = "201", description = "created"),
					@ApiResponse(responseCode = "422", description = "rules broken") })
	ResponseEntity<TransferRow> arrive(@RequestBody Arrival body) {
		long person = RequestFields.required(body.personId(), "personId", "membership.field.required");
		long cell = RequestFields.required(body.cellId(), "cellId", "membership.field.required");
		RequestFields.oneOf(body.standing(), "standing", "membership.transfer.standing.unknown", "FULL",
				"PROBATIONARY");
		Caller caller = CurrentCaller.require();
		long id = this.arrivals.receiveFromOutside(caller, person, cell, body.otherUnitName(), body.letterNumber(),
				body.letterDate(), body.receivedOn(), "PROBATIONARY".equals(body.standing()), body.admittedOn());
		return ResponseEntity.created(URI.create("/api/v1/transfers/" + id)).body(this.transfers.find(caller, id));
	}

	/** Striking off or expulsion. */
	record Ending(String type, LocalDate date, String reason, String documentNumber, LocalDate documentDate) {

	}

	@PostMapping(path = "/members/{personId}/endings", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Strike a member off the list or expel them",
			description = "type: STRUCK_OFF or EXPELLED; date, reason and documentNumber (the decision) required; "
					+ "documentDate defaults to date. Answers the member's status on the date.",
			responses = { @ApiResponse(responseCode = "404", description = "the member is out of scope"),
					@ApiResponse(responseCode = "422", description = "not a member on the date, or fields missing") })
	MemberStatus end(@PathVariable long personId, @RequestBody Ending body) {
		RequestFields.oneOf(RequestFields.required(body.type(), "type", "membership.field.required"), "type",
				"membership.ending.type.unknown", "STRUCK_OFF", "EXPELLED");
		this.arrivals.end(CurrentCaller.require(), personId, "EXPELLED".equals(body.type()), body.date(),
				body.documentNumber(), body.documentDate(), body.reason());
		return this.membership.statusOn(personId, body.date());
	}

}
