package vn.dangvu.directive.document;

/**
 * A4 margins of a Party document (Hướng dẫn 36-HD/VPTW: top and bottom 20-25 mm, left
 * 30-35 mm, right 15-20 mm), one place for DOCX and PDF.
 */
final class PageMargins {

	static final float TOP_MM = 20;

	static final float BOTTOM_MM = 20;

	static final float LEFT_MM = 30;

	static final float RIGHT_MM = 15;

	private PageMargins() {
	}

	/** Millimetres in Word's twentieths of a point. */
	static long twips(float mm) {
		return Math.round(mm * 1440 / 25.4);
	}

}
