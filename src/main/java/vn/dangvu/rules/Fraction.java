package vn.dangvu.rules;

/**
 * A share such as 2/3, kept exact: "at least 2/3 of 12" is 8, never 7.99.
 */
public record Fraction(int numerator, int denominator) {

	public Fraction {
		if (numerator < 0 || denominator <= 0 || numerator > denominator) {
			throw new IllegalArgumentException("not a share: " + numerator + "/" + denominator);
		}
	}

	public static Fraction parse(String text) {
		String[] parts = text.trim().split("/");
		if (parts.length != 2) {
			throw new IllegalArgumentException("not a fraction: " + text);
		}
		return new Fraction(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
	}

	/** True when {@code yes} out of {@code of} reaches this share. */
	public boolean isMetBy(long yes, long of) {
		if (of <= 0 || yes < 0 || yes > of) {
			return false;
		}
		return yes * this.denominator >= (long) this.numerator * of;
	}

	/** The fewest yes votes out of {@code of} that reach this share. */
	public long minimumOf(long of) {
		return (this.numerator * of + this.denominator - 1) / this.denominator;
	}

	@Override
	public String toString() {
		return this.numerator + "/" + this.denominator;
	}

}
