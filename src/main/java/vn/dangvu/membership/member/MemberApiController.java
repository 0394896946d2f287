package vn.dangvu.membership.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.membership.MemberEvent;
import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.time.VietnamTime;

/**
 * A member's Party membership as JSON: the timeline and the standing on a date. Errors
 * are {@code application/problem+json}; records outside the caller's scope are 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Membership", description = "Đảng viên: kết nạp, dự bị, chính thức, chuyển sinh hoạt, thống kê")
@RequiredArgsConstructor
class MemberApiController {

	private final PartyStatus membership;

	private final PeopleApi people;

	private final Clock clock;

	@GetMapping("/members/{personId}/timeline")
	@Operation(summary = "Every membership event of a person, oldest first (cancelled ones marked voided)",
			responses = @ApiResponse(responseCode = "404", description = "absent or out of scope"))
	List<MemberEvent> timeline(@PathVariable long personId) {
		return this.membership.timeline(personId);
	}

	@GetMapping("/members/{personId}/status")
	@Operation(summary = "Party standing and cell on a date (default today), derived from the log")
	MemberStatus status(@PathVariable long personId, @Parameter(description = "yyyy-MM-dd") @RequestParam(
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		if (this.people.find(personId).isEmpty()) {
			throw NotFoundException.of("person", personId);
		}
		return this.membership.statusOn(personId, asOf == null ? VietnamTime.today(this.clock) : asOf);
	}

}
