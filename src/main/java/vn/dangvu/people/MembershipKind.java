package vn.dangvu.people;

/**
 * The memberships another module (membership) keeps the person record's unit for: the
 * Party cell, the trade-union unit and the Youth Union branch.
 */
public enum MembershipKind {

	PARTY, UNION, YOUTH

}
