package vn.dangvu.people.record;

/**
 * Professional qualification (trình độ chuyên môn); labels
 * {@code person.professionalLevel.<NAME>}.
 */
public enum ProfessionalLevel {

	VOCATIONAL, COLLEGE, BACHELOR, MASTER, DOCTOR

}
