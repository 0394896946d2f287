package vn.dangvu.membership.mass;

/** An open Youth Union or trade-union unit offered on a page. */
public record MassUnit(long id, String name) {
}
