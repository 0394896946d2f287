package vn.dangvu.directive;

import java.util.List;

/**
 * A parsed document number: {@code 448-KH/ĐU} is number 448, type code KH, issuer ĐU in
 * Party style; {@code 30/2020/NĐ-CP} is number 30, year 2020, type NĐ, issuer CP in state
 * style. Codes are in their canonical spelling (upper case, except the mixed-case codes
 * QĐi, CTr, TTr, TBo, QyĐ and the issuer TTg); see decision 0130.
 *
 * @param number the number as written without leading zeros stripped ("07")
 * @param year the year written inside a state citation (30/2020/NĐ-CP), else null
 * @param typeCode the type abbreviation (QĐ, QĐi, KH, CTr), or null for a công văn or law
 * without one
 * @param issuerCode the issuer abbreviation (TW, ĐU, CĐ, CP, QH15), or null when absent
 * ("công văn 1411")
 * @param suffix a trailing part after the issuer such as {@code nb} in
 * {@code 141-CV/VPTW/nb}, else null
 * @param style Party or state style
 * @param documentType the document type: the word written before the number when it fits
 * the code ("Quy định 99-QĐ/TW" is a regulation), else the most likely type for the code;
 * null when nothing tells
 */
public record Citation(String number, Integer year, String typeCode, String issuerCode, String suffix,
		CitationStyle style, DocumentType documentType) {

	/** A citation whose document type is the most likely one for its code. */
	public Citation(String number, Integer year, String typeCode, String issuerCode, String suffix,
			CitationStyle style) {
		this(number, year, typeCode, issuerCode, suffix, style, defaultType(style, typeCode, issuerCode, year));
	}

	/**
	 * The canonical written form: {@code 448-KH/ĐU}, {@code 07/QĐ-CĐ},
	 * {@code 30/2020/NĐ-CP}.
	 */
	public String format() {
		StringBuilder sb = new StringBuilder(this.number);
		if (this.style == CitationStyle.PARTY) {
			if (this.typeCode != null) {
				sb.append('-').append(this.typeCode);
			}
			if (this.issuerCode != null) {
				sb.append('/').append(this.issuerCode);
			}
		}
		else {
			if (this.year != null) {
				sb.append('/').append(this.year);
			}
			if (this.typeCode != null && this.issuerCode != null) {
				sb.append('/').append(this.typeCode).append('-').append(this.issuerCode);
			}
			else if (this.typeCode != null) {
				sb.append('/').append(this.typeCode);
			}
			else if (this.issuerCode != null) {
				sb.append('/').append(this.issuerCode);
			}
		}
		if (this.suffix != null) {
			sb.append('/').append(this.suffix);
		}
		return sb.toString();
	}

	/** The number as an integer (leading zeros dropped), for ordering and allocation. */
	public int numericNumber() {
		return Integer.parseInt(this.number);
	}

	/**
	 * Every type the code may stand for in this style, most likely first; for a number
	 * without a type code, the type named beside it if any.
	 */
	public List<DocumentType> documentTypes() {
		List<DocumentType> byCode = DocumentType.forCode(this.style, this.typeCode);
		if (byCode.isEmpty() && this.documentType != null) {
			return List.of(this.documentType);
		}
		return byCode;
	}

	/** The same citation read as the given type (when the word beside it says so). */
	public Citation withDocumentType(DocumentType type) {
		return new Citation(this.number, this.year, this.typeCode, this.issuerCode, this.suffix, this.style, type);
	}

	static DocumentType defaultType(CitationStyle style, String typeCode, String issuerCode, Integer year) {
		if (typeCode != null) {
			List<DocumentType> types = DocumentType.forCode(style, typeCode);
			return types.isEmpty() ? null : types.get(0);
		}
		if (issuerCode != null && year != null && issuerCode.matches("QH\\d{1,2}")) {
			return DocumentType.LAW;
		}
		if (issuerCode != null && year != null && issuerCode.matches("UBTVQH\\d{1,2}")) {
			return DocumentType.RESOLUTION;
		}
		if (style == CitationStyle.STATE && year == null) {
			return DocumentType.OFFICIAL_LETTER;
		}
		return null;
	}

}
