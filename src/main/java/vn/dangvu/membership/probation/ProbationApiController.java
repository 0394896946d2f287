package vn.dangvu.membership.probation;

import java.time.Clock;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.membership.MemberEvent;
import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.membership.admission.AdmissionFile;
import vn.dangvu.membership.admission.AdmissionQueries;
import vn.dangvu.membership.admission.AdmissionQueries.AdmissionRow;
import vn.dangvu.membership.admission.AdmissionStep;
import vn.dangvu.membership.statistics.MembershipStatistics;
import vn.dangvu.membership.probation.ProbationList;
import vn.dangvu.membership.probation.ProbationList.ProbationRow;
import vn.dangvu.membership.admission.StepInput;
import vn.dangvu.people.PeopleApi;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Probationary members as JSON.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Membership", description = "Đảng viên: kết nạp, dự bị, chính thức, chuyển sinh hoạt, thống kê")
class ProbationApiController {

	private final ProbationList probation;

	private final Clock clock;

	ProbationApiController(ProbationList probation, Clock clock) {
		this.probation = probation;
		this.clock = clock;
	}

	@GetMapping("/probation")
	@Operation(summary = "Probationary members today, with days left and the conversion deadline")
	List<ProbationRow> probation(@RequestParam(required = false) Long unit) {
		return this.probation.list(CurrentCaller.require(), unit, VietnamTime.today(this.clock));
	}

}
