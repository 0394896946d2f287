package vn.dangvu.directive.registry;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.directive.DocumentPage;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.directive.DocumentStatus;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.DocumentView;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.NewDocument;
import vn.dangvu.directive.input.ApiInput;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * The registry over HTTP: search, register, the issuer catalogue, one document, links.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Văn bản", description = "Sổ văn bản, triển khai xuống đơn vị, theo dõi thực hiện, học tập")
@RequiredArgsConstructor
class RegistryApiController {

	private final DocumentQueries documents;

	private final RegistrySearch search;

	private final RegistryService registry;

	private final IssuerCatalogue issuers;

	private final LinkService links;

	@GetMapping("/directives")
	@Operation(summary = "Tìm văn bản trong phạm vi người gọi",
			description = "q tìm không dấu trong số hiệu, trích yếu, cơ quan ban hành và toàn văn; lọc theo loại, "
					+ "cơ quan ban hành, năm, hiệu lực (IN_FORCE, AMENDED, REPLACED); sort = date, oldest, citation")
	DocumentPage list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) Long issuerId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "date") String sort,
			@RequestParam(defaultValue = "0") @Parameter(description = "Trang, từ 0") int page,
			@RequestParam(defaultValue = "20") @Parameter(description = "Số dòng mỗi trang, tối đa 500") int size) {
		ApiInput.paging(page, size);
		new SearchInput(q, year == null ? null : year.longValue()).checked();
		return this.search.search(
				new DocumentQuery(q, ApiInput.parse(DocumentType.class, "type", type), issuerId, year,
						ApiInput.parse(DocumentStatus.class, "status", status), sort, page, size),
				CurrentCaller.require());
	}

	@PostMapping("/directives")
	@Operation(summary = "Vào sổ một văn bản",
			description = "Số hiệu được phân tích (448-KH/ĐU, 07/QĐ-CĐ); loại và cơ quan ban hành suy ra từ số hiệu nếu "
					+ "không nêu. Trùng số + loại + cơ quan + ngày ban hành: 409 kèm đường dẫn văn bản đã có.")
	ResponseEntity<DocumentView> register(@RequestBody RegistryRequests.Register body) {
		DocumentView created = this.registry.register(new NewDocument(body.citation(),
				ApiInput.parse(DocumentType.class, "type", body.type()), body.issuerId(), body.issueDate(),
				body.summary(), body.termId(), body.effectiveOn(), body.fullText(), body.ownerUnitId()),
				CurrentCaller.require());
		return ResponseEntity.created(URI.create("/api/v1/directives/" + created.id())).body(created);
	}

	@GetMapping("/directives/issuers")
	@Operation(summary = "Danh mục cơ quan ban hành (viết tắt, tên đầy đủ, cấp)")
	List<vn.dangvu.directive.Issuer> issuers(@RequestParam(defaultValue = "true") boolean activeOnly) {
		CurrentCaller.require();
		return this.issuers.issuers(activeOnly);
	}

	@GetMapping("/directives/{id}")
	@Operation(summary = "Một văn bản, với liên kết, tệp đính kèm và hiệu lực tính tại ngày hôm nay")
	DocumentView get(@PathVariable long id) {
		return this.documents.require(id, CurrentCaller.require());
	}

	@PostMapping("/directives/{id}/links")
	@Operation(summary = "Liên kết văn bản này với văn bản khác (IMPLEMENTS, GUIDES, AMENDS, REPLACES)")
	DocumentView link(@PathVariable long id, @RequestBody RegistryRequests.Link body) {
		if (body.toId() == null) {
			throw RuleViolationException.onField("toId", "directive.link.unknownTarget");
		}
		LinkKind kind = ApiInput.parse(LinkKind.class, "kind", body.kind());
		if (kind == null) {
			throw RuleViolationException.onField("kind", "directive.input.invalidChoice");
		}
		this.links.link(id, body.toId(), kind, body.effectiveOn(), CurrentCaller.require());
		return this.documents.require(id, CurrentCaller.require());
	}

}
