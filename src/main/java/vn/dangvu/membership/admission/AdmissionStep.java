package vn.dangvu.membership.admission;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of an admission file in the order of Hướng dẫn 12-HD/BTCTW, then conversion
 * to full membership and the Party card.
 *
 * @param form the form's code (1-KNĐ ...) or empty
 */
public enum AdmissionStep {

	CERTIFICATE(""), APPLICATION("1-KNĐ"), BIOGRAPHY("2-KNĐ"), INTRODUCERS("3-KNĐ"), COMMENTS("5-KNĐ"), VETTING(""),
	CELL_RESOLUTION("6-KNĐ"), COMMITTEE_RESOLUTION("8-KNĐ"), DECISION("9-KNĐ"), CEREMONY(""), CONVERSION_RESOLUTION(""),
	CONVERSION_DECISION(""), CARD("");

	/** The resolutions: a meeting votes on them. */
	private static final Set<AdmissionStep> VOTED = EnumSet.of(CELL_RESOLUTION, COMMITTEE_RESOLUTION,
			CONVERSION_RESOLUTION);

	/** The resolutions and the decisions: each is a document with its number. */
	private static final Set<AdmissionStep> DOCUMENTED = EnumSet.of(CELL_RESOLUTION, COMMITTEE_RESOLUTION, DECISION,
			CONVERSION_RESOLUTION, CONVERSION_DECISION);

	private final String form;

	AdmissionStep(String form) {
		this.form = form;
	}

	public String form() {
		return this.form;
	}

	/** Whether the step records a vote. */
	public boolean votes() {
		return VOTED.contains(this);
	}

	/** Whether the step needs a document number. */
	public boolean documentRequired() {
		return DOCUMENTED.contains(this);
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
