package vn.dangvu.programme.sheet;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.programme.access.ProgrammeInput;

/**
 * A programme's structure as a spreadsheet over HTTP (decision 0271): the blank template,
 * the 18/235/3 sample, the export of a programme, the import into an empty draft.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Chương trình công tác")
@RequiredArgsConstructor
class ProgrammeSheetApiController {

	private final ProgrammeImports imports;

	private final ProgrammeSheets sheets;

	private final ProgrammeSheetFiles files;

	private final Messages messages;

	/**
	 * An import: the programme, the version read, and the .xlsx file in Base64 (the API
	 * takes JSON only, decision 0165, so that no HTML form can post to it).
	 */
	record ImportBody(Long programmeId, Integer version, String file) {

	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Nhập nội dung từ Excel vào một dự thảo chưa có lĩnh vực",
			description = "{programmeId, version, file: tệp .xlsx mã hóa Base64}. Trang Hoạt động: mỗi dòng một "
					+ "hoạt động; trang Chỉ tiêu. Có dòng sai thì không ghi gì, 422 liệt kê mọi lỗi với field như "
					+ "row12.dueOn, indicatorRow3.target; tệp sai dạng là 422 trên file",
			responses = { @ApiResponse(responseCode = "200", description = "đã nhập"),
					@ApiResponse(responseCode = "403", description = "không giữ đơn vị của chương trình"),
					@ApiResponse(responseCode = "404", description = "chương trình không có hoặc ngoài phạm vi"),
					@ApiResponse(responseCode = "409", description = "phiên bản đã cũ"),
					@ApiResponse(responseCode = "422",
							description = "tệp sai dạng, không phải dự thảo trống, hoặc dòng sai") })
	ProgrammeImports.Imported importFile(@RequestBody ImportBody body) {
		long programmeId = ProgrammeInput.required("programmeId", body.programmeId());
		byte[] bytes;
		try {
			bytes = (body.file() == null) ? new byte[0] : Base64.getDecoder().decode(body.file().replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.onField("file", "programme.import.notBase64");
		}
		return this.imports.importInto(programmeId, body.version(), bytes, CurrentCaller.require());
	}

	@GetMapping("/{id}/export.xlsx")
	@Operation(summary = "Xuất nội dung chương trình và tình hình thực hiện ra Excel theo mẫu nhập",
			responses = @ApiResponse(responseCode = "404", description = "không có hoặc ngoài phạm vi"))
	ResponseEntity<byte[]> export(@PathVariable long id) {
		return this.files.export(id, CurrentCaller.require());
	}

	@GetMapping("/import/template.xlsx")
	@Operation(summary = "Mẫu Excel trống để nhập chương trình")
	ResponseEntity<byte[]> template() {
		return this.files.template();
	}

	@GetMapping("/import/sample.xlsx")
	@Operation(summary = "Tệp mẫu: chương trình năm 2020, 3 lĩnh vực, 18 nhiệm vụ trọng tâm, 235 hoạt động")
	ResponseEntity<byte[]> sample() throws IOException {
		return this.files.sample();
	}

	@ExceptionHandler(ProgrammeImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(ProgrammeImportRejected ex, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (SheetError e : ex.errors()) {
			errors.add(Map.of("field", e.field(), "message", e.text()));
		}
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, this.messages.text(ex));
		pd.setTitle(this.messages.text("error.title." + status.value()));
		pd.setInstance(URI.create(request.getRequestURI()));
		pd.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
	}

}
