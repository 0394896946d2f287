package vn.dangvu.programme;

/**
 * Draft (changed freely), adopted (changed only by a recorded amendment), closed (changed
 * no more).
 */
public enum ProgrammeState {

	DRAFT, ADOPTED, CLOSED

}
