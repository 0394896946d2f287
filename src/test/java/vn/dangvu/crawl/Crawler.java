package vn.dangvu.crawl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A breadth-first walk over the links of server-rendered pages, GET only, within the
 * application. Each kind of page (its path with numbers taken out, and the names of its
 * query parameters) is visited at most {@code perPattern} times, so that a list of a
 * thousand people costs a few visits, not a thousand. Every page is checked by
 * {@link #check}.
 */
public final class Crawler {

	/**
	 * What one GET answered: its status, its HTML (null for other content) and any
	 * redirect.
	 */
	public record Page(int status, String html, String redirect) {
	}

	/**
	 * The pages visited, the whole HTML pages among them (not fragments), and what was
	 * wrong.
	 */
	public record Report(int visited, List<String> problems, List<String> htmlPages) {
	}

	@FunctionalInterface
	public interface Fetcher {

		Page get(String path) throws Exception;

	}

	static final int MAX_PAGES = 900;

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\shref=\"([^\"]*)\"|\\shx-get=\"([^\"]*)\"");

	private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+\\?\\?");

	/** Words of an English user interface that never stand in a Vietnamese sentence. */
	private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|of|for|with|Save|Cancel|Delete|Edit|Search|"
			+ "Submit|Back|Next|Previous|Loading|Export|Import|Settings|Logout|Login|Sign in|Sign out|Yes|Close|Add|"
			+ "Remove|Name|Status|Actions|Total|Page|Date|Today|Overdue|Due|Unit|Units|People|Members?|Home|Error|"
			+ "Not found|Show|Hide|Filter|Clear|Download|Upload|Select|None|Details|View|Create|New|Update|Reset|"
			+ "Confirm|Warning|Success|Failed|Required|Invalid|true|false|null)\\b");

	private static final Pattern SKIPPED = Pattern.compile(
			"^/(logout|login|webjars|css|js|images|img|fonts|favicon|" + "actuator|v3/api-docs|swagger-ui)|[?&]lang=");

	private final int perPattern;

	private final Fetcher fetcher;

	public Crawler(int perPattern, Fetcher fetcher) {
		this.perPattern = perPattern;
		this.fetcher = fetcher;
	}

	public Report crawl(String start) throws Exception {
		Deque<String[]> queue = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		Map<String, Integer> perKind = new HashMap<>();
		Set<String> problems = new LinkedHashSet<>();
		List<String> htmlPages = new ArrayList<>();
		queue.add(new String[] { start, "(start)" });
		seen.add(start);
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES) {
			String[] next = queue.poll();
			String path = next[0];
			String from = next[1];
			Page page;
			try {
				page = this.fetcher.get(path);
			}
			catch (Exception ex) {
				Throwable root = ex;
				while (root.getCause() != null) {
					root = root.getCause();
				}
				page = new Page(500, null, null);
				problems.add("500 " + path + " (linked from " + from + "): " + root);
			}
			visited++;
			check(path, from, page, problems);
			List<String> links = new ArrayList<>();
			if (page.redirect() != null) {
				links.add(page.redirect());
			}
			if (page.html() != null && page.status() < 300) {
				if (page.html().contains("<html")) {
					// a whole page, not a fragment that htmx puts into one
					htmlPages.add(path);
				}
				links.addAll(links(page.html()));
			}
			for (String link : links) {
				String target = local(link);
				if (target == null || !seen.add(target)) {
					continue;
				}
				String kind = kind(target);
				int count = perKind.merge(kind, 1, Integer::sum);
				if (count <= this.perPattern) {
					queue.add(new String[] { target, path });
				}
			}
		}
		return new Report(visited, new ArrayList<>(problems), htmlPages);
	}

	static void check(String path, String from, Page page, Set<String> problems) {
		int status = page.status();
		if (status >= 500) {
			problems.add(status + " " + path + " (linked from " + from + ")");
			return;
		}
		if (status == 404 || status == 403) {
			problems.add("link to a page that answers " + status + ": " + path + " (on " + from + ")");
			return;
		}
		if (page.redirect() != null && page.redirect().contains("/login")) {
			problems.add("signed out by " + path + " (linked from " + from + ")");
		}
		if (page.html() == null) {
			return;
		}
		Matcher key = MESSAGE_KEY.matcher(page.html());
		if (key.find()) {
			problems.add("message key " + key.group() + " on " + path);
		}
		String text = visibleText(page.html());
		Matcher english = ENGLISH.matcher(text);
		if (english.find()) {
			int at = english.start();
			String around = text.substring(Math.max(0, at - 40), Math.min(text.length(), english.end() + 40));
			problems.add("English \"" + english.group() + "\" on " + path + ": …" + around.strip() + "…");
		}
	}

	static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher m = LINK.matcher(html);
		while (m.find()) {
			String value = (m.group(1) != null) ? m.group(1) : m.group(2);
			links.add(unescape(value));
		}
		return links;
	}

	/**
	 * The path and query of a link inside the application, or null for what the crawl
	 * skips.
	 */
	static String local(String link) {
		String l = link.strip();
		int hash = l.indexOf('#');
		if (hash >= 0) {
			l = l.substring(0, hash);
		}
		if (l.startsWith("http://localhost")) {
			l = l.replaceFirst("^http://localhost(:\\d+)?", "");
		}
		if (l.isEmpty() || !l.startsWith("/") || l.startsWith("//") || SKIPPED.matcher(l).find()) {
			return null;
		}
		return l;
	}

	/**
	 * The kind of a page: its path with numbers as {n}, and the names of its query
	 * parameters.
	 */
	static String kind(String path) {
		int q = path.indexOf('?');
		String p = ((q < 0) ? path : path.substring(0, q)).replaceAll("/\\d+(?=/|$)", "/{n}");
		Set<String> names = new TreeSet<>();
		if (q >= 0) {
			for (String pair : path.substring(q + 1).split("&")) {
				names.add(pair.split("=", 2)[0]);
			}
		}
		return p + names;
	}

	static String visibleText(String html) {
		String s = html.replaceAll("(?is)<(script|style|code|pre|template)\\b.*?</\\1>", " ")
			.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<[^>]+>", " ");
		return unescape(s).replaceAll("\\s+", " ");
	}

	static String unescape(String s) {
		return s.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&nbsp;", " ");
	}

}
