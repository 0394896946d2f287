package vn.dangvu.directive;

/**
 * Whether a document is in force, derived when read from the links that point at it
 * (decision 0121): a {@link LinkKind#REPLACES} link in effect makes it replaced, an
 * {@link LinkKind#AMENDS} link amended. Vietnamese names:
 * {@code directive.status.<NAME>}.
 */
public enum DocumentStatus {

	IN_FORCE, AMENDED, REPLACED

}
