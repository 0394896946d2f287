package vn.dangvu.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A text another module writes in the Party layout of Hướng dẫn 36-HD/VPTW and has the
 * directive module render as PDF or DOCX (decision 0226): the issuing body under its
 * superior, the place and date, a title with its subtitle, the body as blocks, and one or
 * two signature blocks side by side (the minutes of a cell meeting: the secretary on the
 * left, the chair on the right). It has no number and no recipients.
 *
 * @param superiorName the body above the issuer ("Đảng bộ Cục Hải quan"), may be empty
 * @param place the place of the date line ("Hà Tĩnh"), may be empty
 * @param left the signature on the left, or null for none
 * @param right the signature on the right
 */
public record PartyText(String superiorName, String issuerName, String place, LocalDate date, String title,
		String subtitle, List<Block> body, Signature left, Signature right) {

	public PartyText {
		Objects.requireNonNull(issuerName, "issuerName");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(right, "right");
		body = List.copyOf(body);
	}

	/** How a block is set: a bold heading, a paragraph, or a bullet line. */
	public enum Kind {

		HEADING, PARAGRAPH, BULLET

	}

	/** One block of the body. */
	public record Block(Kind kind, String text) {

		public static Block heading(String text) {
			return new Block(Kind.HEADING, text);
		}

		public static Block paragraph(String text) {
			return new Block(Kind.PARAGRAPH, text);
		}

		public static Block bullet(String text) {
			return new Block(Kind.BULLET, text);
		}

	}

	/**
	 * A signature block: "T/M ..." (may be empty), the title ("THƯ KÝ"), the space for
	 * the signature, then the name.
	 */
	public record Signature(String onBehalf, String title, String name) {

	}

}
