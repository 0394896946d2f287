package vn.dangvu.programme.progress;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.programme.ProgrammeReview;

/** A programme's review over a period as JSON (decision 0274). */
@RestController
@RequiredArgsConstructor
class ReviewApiController {

	private final ReviewQueries reviews;

	@GetMapping("/api/v1/programmes/{id}/review")
	@Operation(summary = "Sơ kết, tổng kết chương trình trong một kỳ (from, to; mặc định cả thời kỳ chương trình)",
			description = "Theo lĩnh vực và theo đơn vị chủ trì: hoạt động đến hạn trong kỳ, đã xong, chậm, còn mở "
					+ "chưa đến hạn; chỉ tiêu với mục tiêu, giá trị mới nhất trong kỳ và đạt hay chưa. "
					+ "unitPage (từ 0): một trang 50 đơn vị, bỏ trống là tất cả; sort=late: đơn vị chậm nhiều trước")
	ProgrammeReview review(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer unitPage, @RequestParam(required = false) String sort) {
		return this.reviews.review(id, from, to, unitPage, sort, CurrentCaller.require());
	}

}
