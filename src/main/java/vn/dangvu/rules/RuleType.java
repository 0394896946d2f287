package vn.dangvu.rules;

/** How a rule's value is written and read. */
public enum RuleType {

	/** A whole number: years, months, days. */
	INTEGER,
	/** A decimal number. */
	DECIMAL,
	/** A percentage written as percent ("0.5" = 0.5 %). */
	PERCENT,
	/** An amount of VND. */
	MONEY,
	/** A share written "2/3". */
	FRACTION,
	/** A code or text. */
	TEXT,
	/** {@code true} or {@code false}. */
	BOOLEAN

}
