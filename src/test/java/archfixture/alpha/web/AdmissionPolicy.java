package archfixture.alpha.web;

/** A public policy. */
public class AdmissionPolicy {

	public boolean allows() {
		return true;
	}

}
