package vn.dangvu.directive.citation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.springframework.web.multipart.MultipartFile;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * The text of an uploaded .txt (UTF-8, else Windows-1258) or .docx file (Apache POI).
 */
final class UploadedText {

	private UploadedText() {
	}

	static String read(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		String lower = name.toLowerCase(Locale.ROOT);
		try (InputStream in = file.getInputStream()) {
			if (lower.endsWith(".txt")) {
				return decode(in.readAllBytes());
			}
			if (lower.endsWith(".docx")) {
				try (XWPFDocument doc = new XWPFDocument(in); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
					return words.getText();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw RuleViolationException.onField("file", "directive.extract.file.unreadable", name);
		}
		throw RuleViolationException.onField("file", "directive.extract.file.type");
	}

	static String decode(byte[] bytes) {
		int skip = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, skip, bytes.length - skip, Charset.forName("windows-1258"));
		}
	}

}
