package vn.dangvu.testkit;

import java.util.List;

/**
 * A module's rows of the bad-input matrix ({@code vn.dangvu.platform.ApiBadInputTest}):
 * implement it in a class of the module's test package, with a no-argument constructor;
 * the central test finds it.
 */
public interface BadInputCases {

	/** Malformed requests to this module's endpoints. */
	List<BadInputCase> badInputCases();

	/** This module's tables, whose row counts no bad request may change. */
	default List<String> tables() {
		return List.of();
	}

	/**
	 * Whether only an administrator may send this request, so that it is checked as the
	 * administrator only (an office is refused before its input is read).
	 */
	default boolean adminOnly(BadInputCase c) {
		return false;
	}

}
