package vn.dangvu.membership.admission;

import java.util.Optional;

/**
 * The steps of an admission file in the order of Hướng dẫn 12-HD/BTCTW, then conversion
 * to full membership and the Party card.
 *
 * @param form the form's code (1-KNĐ ...) or empty
 * @param votes whether the step records a vote
 * @param documentRequired whether the step needs a document number
 */
public enum AdmissionStep {

	CERTIFICATE("", false, false), APPLICATION("1-KNĐ", false, false), BIOGRAPHY("2-KNĐ", false, false),
	INTRODUCERS("3-KNĐ", false, false), COMMENTS("5-KNĐ", false, false), VETTING("", false, false),
	CELL_RESOLUTION("6-KNĐ", true, true), COMMITTEE_RESOLUTION("8-KNĐ", true, true), DECISION("9-KNĐ", false, true),
	CEREMONY("", false, false), CONVERSION_RESOLUTION("", true, true), CONVERSION_DECISION("", false, true),
	CARD("", false, false);

	private final String form;

	private final boolean votes;

	private final boolean documentRequired;

	AdmissionStep(String form, boolean votes, boolean documentRequired) {
		this.form = form;
		this.votes = votes;
		this.documentRequired = documentRequired;
	}

	public String form() {
		return this.form;
	}

	public boolean votes() {
		return this.votes;
	}

	public boolean documentRequired() {
		return this.documentRequired;
	}

	public String labelKey() {
		return "membership.step." + name();
	}

	/** Steps after the ceremony belong to probation. */
	public boolean isProbation() {
		return ordinal() > CEREMONY.ordinal();
	}

	public Optional<AdmissionStep> next() {
		AdmissionStep[] all = values();
		return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
	}

	public static Optional<AdmissionStep> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (AdmissionStep s : values()) {
			if (s.name().equalsIgnoreCase(text.trim())) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

}
