package vn.dangvu.directive;

/**
 * What a unit must do with a directive assigned to it: disseminate it (quán triệt), make
 * its own implementation plan, report an interim review (sơ kết) and a final review (tổng
 * kết). Vietnamese names: {@code directive.action.<NAME>}.
 */
public enum ActionKind {

	DISSEMINATE, PLAN, INTERIM_REVIEW, FINAL_REVIEW

}
