package vn.dangvu.programme.cascade;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.security.CurrentCaller;

/** The parent's view of a key task's cascade over HTTP (decision 0273). */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Chương trình công tác")
@RequiredArgsConstructor
class ProgrammeCascadeApiController {

	private final CascadeQueries cascade;

	@GetMapping("/{id}/tasks/{taskId}/cascade")
	@Operation(summary = "Đơn vị cấp dưới đã cụ thể hóa một nhiệm vụ trọng tâm, tiến độ của họ, đơn vị chưa cụ thể hóa",
			description = "concretisations: nhiệm vụ của chương trình cấp dưới nối vào nhiệm vụ này (level 1, 2, …) với "
					+ "số lượt giao hoạt động đã xong (done), tổng (owners), quá hạn (overdue); missing: đơn vị trong "
					+ "phạm vi chưa cụ thể hóa",
			responses = @ApiResponse(responseCode = "404", description = "không có hoặc ngoài phạm vi"))
	TaskCascade cascade(@PathVariable long id, @PathVariable long taskId) {
		return this.cascade.of(id, taskId, CurrentCaller.require());
	}

}
