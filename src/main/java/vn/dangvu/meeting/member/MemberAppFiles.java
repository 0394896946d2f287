package vn.dangvu.meeting.member;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The installed app's two files, served from the root (decision 0228) and open to anyone
 * (a browser fetches the manifest without credentials): the web app manifest, and the
 * service worker, whose scope {@code /me/} lies under its own directory so it needs no
 * {@code Service-Worker-Allowed}. Static folders stay under their own prefixes (decision
 * 0192), so these two have a handler of their own, with the right content types.
 */
@Controller
class MemberAppFiles {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private static final Resource MANIFEST_FILE = new ClassPathResource("static/manifest.webmanifest");

	private static final Resource WORKER_FILE = new ClassPathResource("static/sw.js");

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<Resource> manifest() {
		return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(MANIFEST_FILE);
	}

	/** Checked for a new version at every visit: never cached by HTTP. */
	@GetMapping("/sw.js")
	ResponseEntity<Resource> worker() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(WORKER_FILE);
	}

}
