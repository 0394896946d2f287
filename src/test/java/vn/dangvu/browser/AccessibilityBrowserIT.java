package vn.dangvu.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (the WebJar) run in Chromium on every main page, for each demo role: no
 * serious or critical violation. A page a role may not open is not visited for that role.
 */
class AccessibilityBrowserIT extends BrowserTestBase {

	private static final String AXE = "META-INF/resources/webjars/axe-core/" + "4.6.3" + "/axe.min.js";

	private static final List<String> COMMON = List.of("/", "/people", "/directives", "/reminders", "/tokens");

	private static final Map<String, List<String>> PAGES = Map.of("admin",
			List.of("/units", "/accounts", "/audit", "/rules", "/rules/calendar", "/membership", "/people/new",
					"/directives/new", "/directives/documents", "/directives/documents/new"),
			"vanphong",
			List.of("/units", "/rules", "/rules/calendar?year=2026", "/audit", "/membership", "/membership/dues",
					"/membership/probation", "/membership/transfers", "/directives/documents"),
			"bithu.cautreo",
			List.of("/units", "/membership", "/membership/dues", "/membership/statistics", "/directives/documents"),
			"congdoan", List.of("/units", "/membership/union", "/membership/union/dues"), "doanthanhnien",
			List.of("/units", "/membership/youth"), "dangvien", List.of());

	@Test
	void everyMainPageHasNoSeriousOrCriticalViolation() throws IOException {
		String axe = axeSource();
		List<String> problems = new ArrayList<>();
		int scanned = 0;
		for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
			this.context.close();
			// Playwright injects axe as a script tag: the page's Content-Security-Policy
			// must not refuse it.
			this.context = browser().newContext(
					new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("vi-VN").setBypassCSP(true));
			this.page = this.context.newPage();
			this.page.setDefaultTimeout(15_000);
			signIn(role.getKey());
			List<String> paths = new ArrayList<>(COMMON);
			paths.addAll(role.getValue());
			// and the record pages reached from the lists: a unit, a person, a document
			// and its tracking
			paths.addAll(firstLinks());
			for (String path : paths) {
				var response = this.page.navigate(url(path));
				if (response == null || response.status() >= 400) {
					problems.add(role.getKey() + " " + path + ": answered "
							+ ((response == null) ? "nothing" : response.status()));
					continue;
				}
				this.page.waitForLoadState();
				openTheTreeIfAny();
				problems.addAll(violations(axe, role.getKey(), path));
				scanned++;
			}
		}
		assertThat(scanned).isGreaterThan(40);
		assertThat(problems).as("serious or critical axe-core violations").isEmpty();
	}

	private List<String> firstLinks() {
		List<String> links = new ArrayList<>();
		for (String[] list : new String[][] { { "/units", "^/units/\\d+$" }, { "/people", "^/people/\\d+$" },
				{ "/directives", "^/directives/\\d+$" } }) {
			this.page.navigate(url(list[0]));
			Object href = this.page.evaluate("(re) => { const a = Array.from(document.querySelectorAll('main a[href]'))"
					+ ".map(a => a.getAttribute('href')).find(h => new RegExp(re).test(h)); return a || null; }",
					list[1]);
			if (href != null) {
				links.add(href.toString());
				if (list[0].equals("/directives")) {
					links.add(href + "/tracking");
				}
			}
		}
		return links;
	}

	// The unit tree's branches are only in the page once opened: open the first one.
	private void openTheTreeIfAny() {
		var toggle = this.page.locator("details[hx-get] > summary").first();
		if (toggle.count() > 0 && toggle.isVisible()) {
			toggle.click();
			this.page.locator("details[open] .dv-children li").first().waitFor();
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> violations(String axe, String role, String path) {
		this.page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
		List<Object> found = (List<Object>) this.page.evaluate("""
				async () => {
				  const result = await axe.run(document, { resultTypes: ['violations'] });
				  return result.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')
				      + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)).join(' | '));
				}""");
		List<String> problems = new ArrayList<>();
		for (Object f : found) {
			problems.add(role + " " + path + ": " + f);
		}
		return problems;
	}

	private static String axeSource() throws IOException {
		try (InputStream in = AccessibilityBrowserIT.class.getClassLoader().getResourceAsStream(AXE)) {
			assertThat(in).as(AXE + " on the test classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
