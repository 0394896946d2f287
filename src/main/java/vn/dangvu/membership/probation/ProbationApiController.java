package vn.dangvu.membership.probation;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.membership.probation.ProbationList.ProbationRow;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Probationary members as JSON.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Membership", description = "Đảng viên: kết nạp, dự bị, chính thức, chuyển sinh hoạt, thống kê")
@RequiredArgsConstructor
class ProbationApiController {

	private final ProbationList probation;

	private final Clock clock;

	@GetMapping("/probation")
	@Operation(summary = "Probationary members today, with days left and the conversion deadline")
	List<ProbationRow> probation(@RequestParam(required = false) Long unit) {
		return this.probation.list(CurrentCaller.require(), unit, VietnamTime.today(this.clock));
	}

}
