package vn.dangvu.directive;

/**
 * How one registered document relates to another: the newer document ({@code from})
 * implements, guides, amends or replaces the older one ({@code to}). Vietnamese names:
 * {@code directive.link.<NAME>}.
 */
public enum LinkKind {

	IMPLEMENTS, GUIDES, AMENDS, REPLACES

}
