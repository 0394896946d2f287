package vn.dangvu.people.record;

/**
 * General schooling (trình độ giáo dục phổ thông) as written on Party forms: grades
 * completed out of the system's length; labels are
 * {@code person.generalEducation.<NAME>}.
 */
public enum GeneralEducation {

	GRADE_5_12, GRADE_9_12, GRADE_12_12, GRADE_7_10, GRADE_10_10

}
