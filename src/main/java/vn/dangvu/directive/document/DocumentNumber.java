package vn.dangvu.directive.document;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.CitationStyle;
import vn.dangvu.directive.DocumentType;

/** How an allocated number is written: at least two digits (01, 02 … 448). */
final class DocumentNumber {

	private DocumentNumber() {
	}

	static String written(int number) {
		return number < 10 ? "0" + number : String.valueOf(number);
	}

	static Citation citation(int number, DocumentType type, String issuerCode) {
		return new Citation(written(number), null, type.partyCode(), issuerCode, null, CitationStyle.PARTY);
	}

	/** The "Số" line; a draft has its number left blank, as on paper before issue. */
	static String line(Integer number, DocumentType type, String issuerCode) {
		if (number == null) {
			return "Số      -" + type.partyCode() + "/" + issuerCode;
		}
		return "Số " + citation(number, type, issuerCode).format();
	}

}
