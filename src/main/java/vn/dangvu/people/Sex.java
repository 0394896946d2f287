package vn.dangvu.people;

public enum Sex {

	MALE, FEMALE

}
