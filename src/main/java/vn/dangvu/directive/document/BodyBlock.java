package vn.dangvu.directive.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One block of a document body. The body is plain text: one paragraph per line (blank
 * lines are ignored); a line starting "- " is a bullet; a line starting with a Roman
 * numeral ("I. MỤC ĐÍCH") or written all in capitals is a heading; "1." or "a)" items are
 * paragraphs that keep their numbering.
 */
record BodyBlock(Kind kind, String text) {

	enum Kind {

		HEADING, PARAGRAPH, BULLET

	}

	private static final Pattern ROMAN = Pattern.compile("^[IVX]{1,5}\\.\\s.*");

	static List<BodyBlock> parse(String body) {
		List<BodyBlock> blocks = new ArrayList<>();
		for (String line : lines(body)) {
			if (line.startsWith("- ") || line.startsWith("+ ")) {
				blocks.add(new BodyBlock(Kind.BULLET, line));
			}
			else if (ROMAN.matcher(line).matches() || isCapitals(line)) {
				blocks.add(new BodyBlock(Kind.HEADING, line));
			}
			else {
				blocks.add(new BodyBlock(Kind.PARAGRAPH, line));
			}
		}
		return blocks;
	}

	/** The lines of a typed text, stripped, blank lines left out; none for null. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		for (String raw : text.replace("\r\n", "\n").split("\n")) {
			String line = raw.strip();
			if (!line.isEmpty()) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static boolean isCapitals(String line) {
		boolean letters = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters |= Character.isLetter(c);
		}
		return letters && line.length() > 3;
	}

}
