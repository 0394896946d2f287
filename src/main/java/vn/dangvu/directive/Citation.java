package vn.dangvu.directive;

/**
 * A parsed document number: {@code 448-KH/ĐU} is number 448, type code KH, issuer ĐU in
 * Party style; {@code 30/2020/NĐ-CP} is number 30, year 2020, type NĐ, issuer CP in state
 * style.
 *
 * @param number the number as written without leading zeros stripped ("07")
 * @param year the year written inside a state citation (30/2020/NĐ-CP), else null
 * @param typeCode the type abbreviation as written (QĐ, QĐi, KH, CTr), or null for a công
 * văn or law without one
 * @param issuerCode the issuer abbreviation (TW, ĐU, CĐ, CP, QH15), or null when absent
 * ("công văn 1411")
 * @param suffix a trailing part after the issuer such as {@code nb} in
 * {@code 141-CV/VPTW/nb}, else null
 */
public record Citation(String number, Integer year, String typeCode, String issuerCode, String suffix,
		CitationStyle style) {

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

}
