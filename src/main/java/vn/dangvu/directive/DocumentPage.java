package vn.dangvu.directive;

import java.util.List;

/** A page of registry rows. */
public record DocumentPage(List<DocumentRow> items, int page, int size, long total) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	// for the shared pager fragment

	public int number() {
		return this.page;
	}

	public boolean first() {
		return this.page == 0;
	}

	public boolean last() {
		return this.page + 1 >= totalPages();
	}

}
