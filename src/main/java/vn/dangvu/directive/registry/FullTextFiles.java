package vn.dangvu.directive.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.dangvu.platform.error.RuleViolationException;

/** The text of an uploaded .docx (POI) or .txt (UTF-8) for a document's full text. */
final class FullTextFiles {

	private FullTextFiles() {
	}

	static String extract(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".txt")) {
			return new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
		}
		if (name.endsWith(".docx")) {
			try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
					XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
				return extractor.getText();
			}
			catch (IOException | RuntimeException ex) {
				throw RuleViolationException.onField("fullTextFile", "directive.fullText.unreadable");
			}
		}
		throw RuleViolationException.onField("fullTextFile", "directive.fullText.unreadable");
	}

}
