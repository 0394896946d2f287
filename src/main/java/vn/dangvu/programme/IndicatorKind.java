package vn.dangvu.programme;

/** What an indicator's target measures, and so which targets it accepts. */
public enum IndicatorKind {

	/** 0–100. */
	PERCENT,
	/** A whole number, not negative. */
	COUNT,
	/** Whole đồng, not negative. */
	AMOUNT_VND,
	/** 1 (to be done) or 0. */
	YES_NO

}
