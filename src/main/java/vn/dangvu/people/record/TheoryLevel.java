package vn.dangvu.people.record;

/**
 * Political theory level (lý luận chính trị); labels {@code person.theoryLevel.<NAME>}.
 */
public enum TheoryLevel {

	ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR

}
