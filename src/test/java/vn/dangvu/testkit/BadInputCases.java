package vn.dangvu.testkit;

import java.util.List;

/**
 * A module's rows of the bad-input matrix ({@code vn.dangvu.platform.ApiBadInputTest}):
 * an (often empty) class in the module's test package implementing this interface, with
 * its rows and tables in {@code bad-input.tsv} next to it ({@link BadInputTable}
 * describes the format); the central test finds every such class.
 */
public interface BadInputCases {

	/** Malformed requests to this module's endpoints. */
	default List<BadInputCase> badInputCases() {
		return table().rows();
	}

	/** This module's tables, whose row counts no bad request may change. */
	default List<String> tables() {
		return table().tables();
	}

	/**
	 * Whether only an administrator may send this request, so that it is checked as the
	 * administrator only (an office is refused before its input is read).
	 */
	default boolean adminOnly(BadInputCase c) {
		return false;
	}

	private BadInputTable table() {
		return BadInputTable.of(getClass());
	}

}
