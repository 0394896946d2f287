package archfixture.beta;

import java.time.Clock;
import java.time.LocalDate;

/** Reads today from the system clock once, and once from a clock it is given. */
public class BetaDates {

	public LocalDate today() {
		return LocalDate.now();
	}

	public LocalDate today(Clock clock) {
		return LocalDate.now(clock);
	}

}
