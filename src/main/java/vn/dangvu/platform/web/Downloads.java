package vn.dangvu.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files a page hands to the browser: the {@code Content-Disposition} that keeps a
 * Vietnamese file name (RFC 5987, UTF-8), and a whole file answered at once.
 */
public final class Downloads {

	private Downloads() {
	}

	/** The header value of a file the browser saves under this name. */
	public static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

	/** The header value of a file the browser shows itself, under this name. */
	public static String inline(String fileName) {
		return ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

	/** The whole file, to be saved under its name. */
	public static ResponseEntity<byte[]> file(byte[] bytes, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(bytes);
	}

}
