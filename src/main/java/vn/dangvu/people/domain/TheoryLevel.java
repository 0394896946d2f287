package vn.dangvu.people.domain;

/**
 * Political theory level (lý luận chính trị); labels {@code person.theoryLevel.<NAME>}.
 */
public enum TheoryLevel {

	ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR

}
