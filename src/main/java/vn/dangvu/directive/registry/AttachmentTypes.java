package vn.dangvu.directive.registry;

import java.util.Locale;

/**
 * Accepted attachment types, checked by content (magic bytes) and name: PDF and DOCX.
 */
final class AttachmentTypes {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private AttachmentTypes() {
	}

	/** The content type, or null when the file is neither a PDF nor a DOCX. */
	static String detect(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (content == null || content.length < 4) {
			return null;
		}
		if (name.endsWith(".pdf") && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
			return PDF;
		}
		if (name.endsWith(".docx") && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return DOCX;
		}
		return null;
	}

}
