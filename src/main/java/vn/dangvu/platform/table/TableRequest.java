package vn.dangvu.platform.table;

/**
 * What a list was asked for: {@code ?page=&size=&sort=column,asc|desc}. Read leniently: a
 * column not on the list's whitelist, a direction other than asc/desc, a page or size
 * that is not a number is ignored (the default is used), never a 500.
 *
 * @param page zero-based page number (clamped to the last page when the rows are known)
 * @param sort the key of a whitelisted sortable column
 */
public record TableRequest(int page, int size, String sort, boolean ascending) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	/** Pages beyond this are not asked for (keeps OFFSET sane). */
	static final int MAX_PAGE = 100_000;

	/** Parses the three parameters against the list's whitelist of sortable columns. */
	public static TableRequest parse(TableSpec<?> spec, String page, String size, String sort) {
		int p = number(page, 0);
		p = (p < 0) ? 0 : Math.min(p, MAX_PAGE);
		int s = number(size, spec.defaultSize());
		s = (s < 1) ? spec.defaultSize() : Math.min(s, MAX_SIZE);
		String key = spec.defaultSort();
		boolean asc = spec.defaultAscending();
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.trim().split(",", 2);
			TableColumn<?> column = spec.column(parts[0].trim());
			if (column != null && column.sortable()) {
				key = column.key();
				asc = parts.length < 2 || !"desc".equalsIgnoreCase(parts[1].trim());
			}
		}
		return new TableRequest(p, s, key, asc);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/** This request on another page. */
	public TableRequest onPage(int other) {
		return new TableRequest(other, this.size, this.sort, this.ascending);
	}

	/** The whole list in the same order (for the export). */
	public TableRequest unpaged() {
		return new TableRequest(0, Integer.MAX_VALUE, this.sort, this.ascending);
	}

	private static int number(String text, int fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
