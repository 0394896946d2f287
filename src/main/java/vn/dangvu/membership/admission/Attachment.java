package vn.dangvu.membership.admission;

import vn.dangvu.platform.policy.Verdict;
import java.util.Set;

/** An uploaded scan or PDF of a step's document. */
public record Attachment(String fileName, String contentType, byte[] bytes) {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	/** Refuses an empty, too large or unexpected file (by declared type and content). */
	public Verdict check() {
		if (this.bytes == null || this.bytes.length == 0) {
			return Verdict.reject("membership.attachment.empty");
		}
		if (this.bytes.length > MAX_BYTES) {
			return Verdict.reject("membership.attachment.tooLarge", 20);
		}
		if (this.contentType == null || !TYPES.contains(this.contentType) || !contentMatches()) {
			return Verdict.reject("membership.attachment.type");
		}
		return Verdict.ok();
	}

	private boolean contentMatches() {
		byte[] b = this.bytes;
		return switch (this.contentType) {
			case "application/pdf" -> b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
			case "image/jpeg" -> b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8;
			case "image/png" -> b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
			default -> false;
		};
	}

}
