package vn.dangvu.directive.study;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.directive.StudyItem;
import vn.dangvu.directive.StudyProgress;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.platform.security.CurrentCaller;

/** Study of directives over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Văn bản", description = "Sổ văn bản, triển khai xuống đơn vị, theo dõi thực hiện, học tập")
@RequiredArgsConstructor
class StudyApiController {

	private final DocumentQueries documents;

	private final Study study;

	@GetMapping("/directives/{id}/study")
	@Operation(summary = "Ai trong các chi bộ được giao đã đọc, đã học tập văn bản")
	List<StudyProgress> studyProgress(@PathVariable long id) {
		this.documents.require(id, CurrentCaller.require());
		return this.study.progress(id, CurrentCaller.require());
	}

	@GetMapping("/directives/study")
	@Operation(summary = "Văn bản chi bộ của đảng viên được giao học tập")
	List<StudyItem> studyList() {
		return this.study.forMember(CurrentCaller.require());
	}

	@PostMapping("/directives/{id}/study")
	@Operation(summary = "Đảng viên đánh dấu đã đọc (studied=false) hoặc đã học tập (studied=true)")
	StudyItem mark(@PathVariable long id, @RequestBody(required = false) Mark body) {
		boolean studied = body != null && Boolean.TRUE.equals(body.studied());
		return this.study.mark(id, studied, CurrentCaller.require());
	}

	record Mark(Boolean studied) {

	}

}
