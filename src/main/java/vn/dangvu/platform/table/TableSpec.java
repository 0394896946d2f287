package vn.dangvu.platform.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * A list a person works from, described once (decision 0186): its columns (the whitelist
 * of what may be sorted), its default order and page size, and the name its XLSX export
 * takes. The page header, the SQL ORDER BY or the in-memory sort, the pager and the
 * export all read this one description.
 *
 * @param name the export's file name (ASCII, no extension)
 * @param titleKey the message naming the list (the export's sheet)
 */
public record TableSpec<T>(String name, String titleKey, List<TableColumn<T>> columns, String defaultSort,
		boolean defaultAscending, int defaultSize, String prefix) {

	private static final Collator VIETNAMESE;

	static {
		Collator c = Collator.getInstance(new ULocale("vi"));
		c.setStrength(Collator.TERTIARY);
		VIETNAMESE = c.freeze();
	}

	public TableSpec {
		columns = List.copyOf(columns);
		Map<String, TableColumn<T>> seen = new LinkedHashMap<>();
		columns.forEach((c) -> {
			if (seen.put(c.key(), c) != null) {
				throw new IllegalArgumentException("Two columns named " + c.key());
			}
		});
		TableColumn<T> sort = seen.get(defaultSort);
		if (sort == null || !sort.sortable()) {
			throw new IllegalArgumentException("The default sort must be a sortable column: " + defaultSort);
		}
	}

	public TableSpec(String name, String titleKey, List<TableColumn<T>> columns, String defaultSort,
			boolean defaultAscending, int defaultSize) {
		this(name, titleKey, columns, defaultSort, defaultAscending, defaultSize, "");
	}

	/**
	 * The same list under prefixed parameters ({@code memberPage}, {@code memberSort},
	 * …), for a second table on one page.
	 */
	public TableSpec<T> withPrefix(String other) {
		return new TableSpec<>(this.name, this.titleKey, this.columns, this.defaultSort, this.defaultAscending,
				this.defaultSize, other);
	}

	/**
	 * A request parameter's name for this list: {@code page}, or {@code memberPage} with
	 * a prefix.
	 */
	public String param(String base) {
		return (this.prefix == null || this.prefix.isEmpty()) ? base
				: this.prefix + Character.toUpperCase(base.charAt(0)) + base.substring(1);
	}

	@SafeVarargs
	public static <T> TableSpec<T> of(String name, String titleKey, String defaultSort, boolean ascending,
			TableColumn<T>... columns) {
		return new TableSpec<>(name, titleKey, List.of(columns), defaultSort, ascending, TableRequest.DEFAULT_SIZE);
	}

	public TableColumn<T> column(String key) {
		for (TableColumn<T> c : this.columns) {
			if (c.key().equals(key)) {
				return c;
			}
		}
		return null;
	}

	/** The keys of the sortable columns (the whitelist). */
	public List<String> sortableKeys() {
		return this.columns.stream().filter(TableColumn::sortable).map(TableColumn::key).toList();
	}

	public TableRequest request(String page, String size, String sort) {
		return TableRequest.parse(this, page, size, sort);
	}

	/**
	 * The ORDER BY for a request: only whitelisted expressions reach the SQL; the
	 * tie-break keeps pages stable.
	 */
	public String orderBy(TableRequest request, String tieBreak) {
		TableColumn<T> column = column(request.sort());
		if (column == null || column.sql() == null) {
			throw new IllegalStateException("Column " + request.sort() + " of " + this.name + " has no SQL order");
		}
		String dir = request.ascending() ? " asc" : " desc";
		return " order by " + column.sql() + dir + " nulls last" + ((tieBreak != null) ? ", " + tieBreak : "");
	}

	/**
	 * The rows in the request's order (a stable sort: equal rows keep their given order).
	 */
	public List<T> sort(List<T> rows, TableRequest request) {
		TableColumn<T> column = column(request.sort());
		List<T> out = new ArrayList<>(rows);
		if (column == null || column.sortValue() == null) {
			return out;
		}
		out.sort(comparator(column.sortValue(), request.ascending()));
		return out;
	}

	/**
	 * One page of rows held in memory, sorted here; a page past the end shows the last.
	 */
	public TablePage<T> page(List<T> all, TableRequest request) {
		List<T> sorted = sort(all, request);
		int pages = Math.max(1, (int) Math.ceil(sorted.size() / (double) request.size()));
		TableRequest clamped = (request.page() >= pages) ? request.onPage(pages - 1) : request;
		int from = (int) Math.min(clamped.offset(), sorted.size());
		int to = Math.min(from + clamped.size(), sorted.size());
		return new TablePage<>(this, clamped, sorted.subList(from, to), sorted.size());
	}

	/**
	 * One page read by SQL with {@link #orderBy} and LIMIT/OFFSET; total is the full
	 * count.
	 */
	public TablePage<T> page(List<T> content, long total, TableRequest request) {
		return new TablePage<>(this, request, content, total);
	}

	/** For SQL lists: the page to read, clamped to the last one of {@code total} rows. */
	public TableRequest clamp(TableRequest request, long total) {
		int pages = Math.max(1, (int) Math.ceil(total / (double) request.size()));
		return (request.page() >= pages) ? request.onPage(pages - 1) : request;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static <T> Comparator<T> comparator(Function<T, ? extends Comparable<?>> by, boolean ascending) {
		Comparator<Comparable> values = (a, b) -> (a instanceof String x && b instanceof String y)
				? VIETNAMESE.compare(x, y) : a.compareTo(b);
		Comparator<Comparable> directed = ascending ? values : values.reversed();
		return Comparator.comparing((T row) -> (Comparable) by.apply(row), Comparator.nullsLast(directed));
	}

}
