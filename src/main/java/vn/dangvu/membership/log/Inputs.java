package vn.dangvu.membership.log;

/** What every membership form does with a typed text before it is checked or stored. */
public final class Inputs {

	private Inputs() {
	}

	/** The text trimmed, or null when it is absent or blank. */
	public static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
