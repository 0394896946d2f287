package vn.dangvu.people.record;

/**
 * Religion as recorded in the personnel file; labels are {@code person.religion.<NAME>}.
 */
public enum Religion {

	NONE, BUDDHISM, CATHOLICISM, PROTESTANTISM, CAO_DAI, HOA_HAO, ISLAM, OTHER

}
