package vn.dangvu.organisation.tree;

/** One step of a breadcrumb: an ancestor the caller may open. */
record Crumb(long id, String name) {

}
