/**
 * What tests of every module share: the matrices that each module extends with a class of
 * its own test package ({@link vn.dangvu.testkit.BadInputCases},
 * {@link vn.dangvu.testkit.ScopeLeakCases}), found by
 * {@link vn.dangvu.testkit.Implementations} and run by the central tests (decision 0207).
 */
package vn.dangvu.testkit;
