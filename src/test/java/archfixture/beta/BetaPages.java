package archfixture.beta;

import archfixture.alpha.web.AlphaService;

/** Reaches into another module's service instead of its face. */
public class BetaPages {

	private final AlphaService alpha;

	BetaPages(AlphaService alpha) {
		this.alpha = alpha;
	}

	public String page() {
		return this.alpha.hello();
	}

}
