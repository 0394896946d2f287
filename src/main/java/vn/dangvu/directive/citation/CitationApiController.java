package vn.dangvu.directive.citation;

import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.CitationParse;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;

@RestController
@RequestMapping("/api/v1/directives")
@Tag(name = "Văn bản", description = "Số hiệu văn bản: phân tích và tìm trong bài viết")
@RequiredArgsConstructor
class CitationApiController {

	private final CitationFinder finder;

	private final Messages messages;

	record ExtractRequest(String text) {
	}

	record CitationJson(String raw, String number, String type, String issuer, String style, String date,
			String issuerName, int start, int end, Long registryId) {
	}

	record NamedJson(String raw, String type, String description, int start, int end) {
	}

	record ExtractResponse(List<CitationJson> citations, List<NamedJson> namedReferences) {
	}

	record TypeJson(String name, String code, String label) {
	}

	record ParseResponse(String citation, String number, Integer year, String type, String issuer, String suffix,
			String style, TypeJson documentType, List<TypeJson> documentTypes) {
	}

	@PostMapping("/extract")
	@Operation(summary = "Tìm mọi số hiệu văn bản trong một đoạn văn bản",
			description = "text: tối đa 200.000 ký tự. Trả về số hiệu (kiểu Đảng và nhà nước), ngày và cơ quan ban hành viết "
					+ "bên cạnh, vị trí trong văn bản, văn bản trong sổ đăng ký nếu có, và các văn bản nêu tên không có số.")
	ExtractResponse extract(@RequestBody ExtractRequest request) {
		CurrentCaller.require();
		CitationFinder.Result result = this.finder.find(request == null ? null : request.text());
		List<CitationJson> citations = result.citations().stream().map((f) -> {
			ExtractedCitation c = f.citation();
			Citation p = c.citation();
			return new CitationJson(c.raw(), p.number(), p.typeCode(), p.issuerCode(), p.style().name(),
					c.date() == null ? null : c.date().toString(), c.issuerName(), c.start(), c.end(), f.registryId());
		}).toList();
		List<NamedJson> named = result.namedReferences()
			.stream()
			.map((n) -> new NamedJson(n.raw(), code(n.type()), n.description(), n.start(), n.end()))
			.toList();
		return new ExtractResponse(citations, named);
	}

	@GetMapping("/parse")
	@Operation(summary = "Phân tích và kiểm tra một số hiệu văn bản",
			description = "Ví dụ 448-KH/ĐU, Số: 07/QĐ-CĐ, 30/2020/NĐ-CP. Số hiệu sai: lỗi 422 nêu lý do.")
	ParseResponse parse(@RequestParam String citation) {
		CurrentCaller.require();
		CitationParse parse = Citations.parse(citation);
		if (!parse.isValid()) {
			throw RuleViolationException.onField("citation", parse.errorKey(), parse.errorArgs());
		}
		Citation c = parse.citation();
		return new ParseResponse(c.format(), c.number(), c.year(), c.typeCode(), c.issuerCode(), c.suffix(),
				c.style().name(), type(c, c.documentType()),
				c.documentTypes().stream().map((t) -> type(c, t)).toList());
	}

	private TypeJson type(Citation c, DocumentType t) {
		if (t == null) {
			return null;
		}
		String code = t.code(c.style()) != null ? t.code(c.style()) : c.typeCode();
		return new TypeJson(t.name(), code,
				Objects.requireNonNullElse(this.messages.textOrNull(t.messageKey()), t.name()));
	}

	static String code(DocumentType t) {
		if (t.partyCode() != null) {
			return t.partyCode();
		}
		return t.stateCode() != null ? t.stateCode() : t.name();
	}

}
