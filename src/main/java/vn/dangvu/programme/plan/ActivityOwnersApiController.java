package vn.dangvu.programme.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.organisation.UnitSelection;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.programme.plan.StructureEdits.Stamp;

/** One activity given to many units at once over HTTP (decision 0273). */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Chương trình công tác")
@RequiredArgsConstructor
class ActivityOwnersApiController {

	private final ActivityOwners owners;

	private final ProgrammeQueries queries;

	/** The units chosen: named ones and all open cells under one unit. */
	record OwnersBody(List<Long> unitIds, Long allCellsUnder, Integer version, String amendmentReason,
			Long amendmentDocumentId, Long amendmentMeetingId) {

	}

	/**
	 * The units given the activity now, those that held it already, and the new version.
	 */
	record OwnersAnswer(long activityId, int addedCount, List<Long> added, List<Long> already, int version) {

	}

	@PostMapping(path = "/{id}/activities/{activityId}/owners", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Giao một hoạt động cho nhiều đơn vị: unitIds và/hoặc tất cả chi bộ thuộc allCellsUnder",
			description = "Các đơn vị phải thuộc cây của đơn vị lập chương trình và trong phạm vi của bạn; "
					+ "đơn vị đã được giao giữ nguyên. Khi chương trình đã thông qua cần amendmentReason.",
			responses = { @ApiResponse(responseCode = "403", description = "không được sửa chương trình này"),
					@ApiResponse(responseCode = "409", description = "phiên bản đã cũ"), @ApiResponse(
							responseCode = "422", description = "đơn vị ngoài cây, đã giải thể, không chọn đơn vị") })
	ResponseEntity<OwnersAnswer> assign(@PathVariable long id, @PathVariable long activityId,
			@RequestBody OwnersBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Caller caller = CurrentCaller.require();
		Stamp stamp = new Stamp(ProgrammeApiController.namedVersion(body.version(), ifMatch), body.amendmentReason(),
				body.amendmentDocumentId(), body.amendmentMeetingId());
		ActivityOwners.Assigned a = this.owners.assign(id, activityId,
				UnitSelection.of(body.unitIds(), body.allCellsUnder()), stamp, caller);
		int version = this.queries.structure(id, caller).version();
		return ResponseEntity.ok()
			.eTag("\"" + version + "\"")
			.body(new OwnersAnswer(activityId, a.added().size(), a.added(), a.already(), version));
	}

}
