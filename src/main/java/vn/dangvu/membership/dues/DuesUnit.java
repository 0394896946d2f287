package vn.dangvu.membership.dues;

/** A unit whose ledger the caller may keep. */
public record DuesUnit(long id, String code, String name, String path) {

}
