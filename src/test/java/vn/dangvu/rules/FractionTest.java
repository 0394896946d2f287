package vn.dangvu.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FractionTest {

	private final Fraction twoThirds = Fraction.parse("2/3");

	@Test
	void eightOfTwelveReachesTwoThirds() {
		assertThat(this.twoThirds.isMetBy(8, 12)).isTrue();
		assertThat(this.twoThirds.isMetBy(7, 12)).isFalse();
	}

	@Test
	void sevenOfElevenFallsShortOfTwoThirds() {
		// 7/11 = 0.636… < 0.666…; 8 of 11 are needed.
		assertThat(this.twoThirds.isMetBy(7, 11)).isFalse();
		assertThat(this.twoThirds.isMetBy(8, 11)).isTrue();
		assertThat(this.twoThirds.minimumOf(11)).isEqualTo(8);
		assertThat(this.twoThirds.minimumOf(12)).isEqualTo(8);
	}

	@Test
	void impossibleVotesNeverReachTheShare() {
		assertThat(this.twoThirds.isMetBy(13, 12)).isFalse();
		assertThat(this.twoThirds.isMetBy(0, 0)).isFalse();
	}

	@Test
	void onlySharesParse() {
		assertThatThrownBy(() -> Fraction.parse("3/2")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Fraction.parse("2")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Fraction.parse(" 2 / 3 ")).isEqualTo(new Fraction(2, 3));
	}

}
