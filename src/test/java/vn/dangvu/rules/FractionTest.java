package vn.dangvu.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FractionTest {

	private final Fraction twoThirds = Fraction.parse("2/3");

	/**
	 * 8 of 12 reach two thirds, 7 of 11 (0.636…) fall short and 8 of 11 are needed;
	 * impossible votes never reach the share.
	 */
	@ParameterizedTest
	@CsvSource({ "8, 12, true", "7, 12, false", "7, 11, false", "8, 11, true", "13, 12, false", "0, 0, false" })
	void twoThirdsIsMetByEnoughPossibleVotes(int votes, int voters, boolean met) {
		assertThat(this.twoThirds.isMetBy(votes, voters)).isEqualTo(met);
	}

	@Test
	void eightAreNeededOfElevenAndOfTwelve() {
		assertThat(this.twoThirds.minimumOf(11)).isEqualTo(8);
		assertThat(this.twoThirds.minimumOf(12)).isEqualTo(8);
	}

	@Test
	void onlySharesParse() {
		assertThatThrownBy(() -> Fraction.parse("3/2")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Fraction.parse("2")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Fraction.parse(" 2 / 3 ")).isEqualTo(new Fraction(2, 3));
	}

}
