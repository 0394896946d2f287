package vn.dangvu.directive;

import java.util.List;

/** A page of registry rows. */
public record DocumentPage(List<DocumentRow> items, int page, int size, long total) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

}
