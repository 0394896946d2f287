package vn.dangvu.platform.table;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One page of a list with what its template needs: the rows, the pager's numbers, and the
 * links of the sortable headers, the pager and the export, which keep the page's other
 * filters (read from the current request).
 */
public final class TablePage<T> {

	static final List<String> OWN_PARAMS = List.of("page", "size", "sort", "format");

	private final TableSpec<T> spec;

	private final TableRequest request;

	private final List<T> content;

	private final long total;

	private final String path;

	private final List<String[]> filters;

	TablePage(TableSpec<T> spec, TableRequest request, List<T> content, long total) {
		this.spec = spec;
		this.request = request;
		this.content = List.copyOf(content);
		this.total = total;
		HttpServletRequest current = currentRequest();
		this.path = (current != null) ? current.getRequestURI() : "";
		this.filters = new ArrayList<>();
		if (current != null) {
			for (Map.Entry<String, String[]> e : current.getParameterMap().entrySet()) {
				if (OWN_PARAMS.stream().noneMatch((n) -> spec.param(n).equals(e.getKey()))
						&& !"_csrf".equals(e.getKey())) {
					for (String v : e.getValue()) {
						this.filters.add(new String[] { e.getKey(), v });
					}
				}
			}
		}
	}

	public List<T> getContent() {
		return this.content;
	}

	public TableSpec<T> getSpec() {
		return this.spec;
	}

	public TableRequest getRequest() {
		return this.request;
	}

	public long getTotalElements() {
		return this.total;
	}

	public int getNumber() {
		return this.request.page();
	}

	public int getSize() {
		return this.request.size();
	}

	/** The position of the page's first row in the whole list (for a "No." column). */
	public long getOffset() {
		return this.request.offset();
	}

	public int getTotalPages() {
		return Math.max(1, (int) Math.ceil(this.total / (double) this.request.size()));
	}

	public boolean isFirst() {
		return this.request.page() == 0;
	}

	public boolean isLast() {
		return this.request.page() >= getTotalPages() - 1;
	}

	public boolean isEmpty() {
		return this.content.isEmpty();
	}

	public TableColumn<T> column(String key) {
		TableColumn<T> column = this.spec.column(key);
		if (column == null) {
			throw new IllegalArgumentException("No column " + key + " in " + this.spec.name());
		}
		return column;
	}

	/**
	 * {@code ascending}/{@code descending} for the column the list is sorted by, else
	 * null.
	 */
	public String ariaSort(String key) {
		if (!key.equals(this.request.sort())) {
			return column(key).sortable() ? "none" : null;
		}
		return this.request.ascending() ? "ascending" : "descending";
	}

	/**
	 * The header's link: sorts by the column, the other way round when it already does.
	 */
	public String sortHref(String key) {
		boolean asc = !(key.equals(this.request.sort()) && this.request.ascending());
		return link(0, key, asc, null);
	}

	public String pageHref(int page) {
		return link(page, this.request.sort(), this.request.ascending(), null);
	}

	/** The same list, same filters and order, as an XLSX workbook. */
	public String exportHref() {
		return link(-1, this.request.sort(), this.request.ascending(), "xlsx");
	}

	private String link(int page, String sort, boolean asc, String format) {
		StringBuilder query = new StringBuilder();
		this.filters.forEach((f) -> param(query, f[0], f[1]));
		if (page > 0) {
			param(query, this.spec.param("page"), Integer.toString(page));
		}
		if (this.request.size() != this.spec.defaultSize()) {
			param(query, this.spec.param("size"), Integer.toString(this.request.size()));
		}
		param(query, this.spec.param("sort"), sort + "," + (asc ? "asc" : "desc"));
		if (format != null) {
			param(query, this.spec.param("format"), format);
		}
		return this.path + "?" + query;
	}

	private static void param(StringBuilder query, String name, String value) {
		if (!query.isEmpty()) {
			query.append('&');
		}
		query.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
