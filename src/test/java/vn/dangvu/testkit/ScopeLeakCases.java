package vn.dangvu.testkit;

import java.util.List;

import vn.dangvu.platform.security.Caller;

/**
 * A module's rows of the scope-leak matrix ({@code vn.dangvu.scope.ScopeLeakMatrixTest}):
 * what a caller of another branch must not be able to read, write or find. Implement it
 * in a class of the module's test package, with a no-argument constructor; the central
 * test runs every case once for each role.
 */
public interface ScopeLeakCases {

	List<Case> scopeLeakCases();

	/** {@code name} completes "ROLE …", e.g. "cannot read the other branch's person". */
	record Case(String name, Check check) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@FunctionalInterface
	interface Check {

		void run(ScopeLeakWorld world, Caller caller) throws Exception;

	}

	static Case of(String name, Check check) {
		return new Case(name, check);
	}

}
