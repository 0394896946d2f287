package vn.dangvu.directive.document;

/** What issuing would do now: the number and citation it would take, in which term. */
record IssuePreview(String numberLine, String citation, String termLabel) {

}
