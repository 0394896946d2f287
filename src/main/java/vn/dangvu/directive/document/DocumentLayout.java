package vn.dangvu.directive.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.PartyText;

/**
 * The blocks of a Party document in the layout of Hướng dẫn 36-HD/VPTW, shared by the
 * HTML preview, the DOCX and the PDF so that the three cannot drift apart. The fixed
 * words are part of the prescribed form, not interface text, so they are not in the
 * message bundle. A text of another module ({@link PartyText}: the minutes of a meeting)
 * has no number ({@code numberLine} null) and, instead of the recipients, a second
 * signature on the left ({@code leftSigner}); a registered document has no left signer.
 */
record DocumentLayout(String superiorLine, String issuerLine, String numberLine, String aboutLine, String partyLine,
		String dateLine, String title, String summary, List<BodyBlock> blocks, String onBehalf, String signerTitle,
		String signerName, List<String> recipients, int fontSize, boolean draft, Signer leftSigner) {

	/** A signature block: on behalf of (may be empty), title, name. */
	record Signer(String onBehalf, String title, String name) {

	}

	static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

	static final String RECIPIENTS_LABEL = "Nơi nhận:";

	/** The body size of a text of another module. */
	static final int TEXT_FONT_SIZE = 14;

	private static final Locale VI = Locale.forLanguageTag("vi");

	static DocumentLayout of(PartyDocument doc) {
		DocumentType type = doc.type();
		boolean letter = type == DocumentType.OFFICIAL_LETTER;
		return new DocumentLayout(upper(doc.superiorName()), upper(doc.issuerName()),
				DocumentNumber.line(doc.number(), type, doc.issuerCode()), letter ? "V/v " + doc.summary() : null,
				PARTY, DateLine.of(doc.place(), doc.date()), letter ? null : upper(type.word()),
				letter ? null : doc.summary(), BodyBlock.parse(doc.body()), upper(doc.onBehalf()),
				upper(doc.signerTitle()), doc.signerName() == null ? "" : doc.signerName().strip(),
				recipientLines(doc.recipients()), doc.fontSize(), doc.isDraft(), null);
	}

	static DocumentLayout of(PartyText text) {
		PartyText.Signature right = text.right();
		PartyText.Signature left = text.left();
		List<BodyBlock> blocks = text.body()
			.stream()
			.map((b) -> new BodyBlock(BodyBlock.Kind.valueOf(b.kind().name()), b.text().strip()))
			.toList();
		return new DocumentLayout(upper(text.superiorName()), upper(text.issuerName()), null, null, PARTY,
				DateLine.of(text.place(), text.date()), upper(text.title()), strip(text.subtitle()), blocks,
				upper(right.onBehalf()), upper(right.title()), strip(right.name()), List.of(), TEXT_FONT_SIZE, false,
				(left == null) ? null : new Signer(upper(left.onBehalf()), upper(left.title()), strip(left.name())));
	}

	static List<String> recipientLines(String recipients) {
		List<String> lines = new ArrayList<>();
		for (String line : BodyBlock.lines(recipients)) {
			lines.add(line.startsWith("-") ? line : "- " + line);
		}
		return lines;
	}

	private static String upper(String text) {
		return text == null ? "" : text.strip().toUpperCase(VI);
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	public String recipientsLabel() {
		return RECIPIENTS_LABEL;
	}

	/** The list size: recipients are set one step smaller than the body (12 pt at 14). */
	int smallSize() {
		return this.fontSize - 2;
	}

}
