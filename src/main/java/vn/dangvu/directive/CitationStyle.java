package vn.dangvu.directive;

/**
 * How a document number is written: Party style {@code 448-KH/ĐU} (number-TYPE/ISSUER) or
 * state and trade-union style {@code 07/QĐ-CĐ}, {@code 30/2020/NĐ-CP}
 * (number/TYPE-ISSUER).
 */
public enum CitationStyle {

	PARTY, STATE

}
