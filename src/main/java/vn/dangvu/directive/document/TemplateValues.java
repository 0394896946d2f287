package vn.dangvu.directive.document;

/**
 * The lines an office keeps for a unit (and optionally one type), which new documents
 * take as defaults. {@code stored} is false for the built-in default.
 */
record TemplateValues(String superiorName, String issuerName, String onBehalf, String signerTitle, String signerName,
		String place, String recipients, String opening, String closing, int fontSize, boolean stored, long version) {

	/** The body a new document starts with: the opening, room to write, the closing. */
	String startingBody() {
		StringBuilder sb = new StringBuilder();
		if (!this.opening.isBlank()) {
			sb.append(this.opening.strip()).append("\n\n");
		}
		if (!this.closing.isBlank()) {
			sb.append("\n\n").append(this.closing.strip());
		}
		return sb.toString();
	}

}
