package vn.dangvu.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * A module's {@code bad-input.tsv}, read once: one request a line, six tab-separated
 * columns (name, method, URL, body, content type, the fields the answer must name, space
 * separated), {@code -} for none. {@code {X*5000}} stands for X written 5000 times. Lines
 * starting with {@code #} are comments, except {@code # tables: a b}, the module's
 * tables.
 */
public record BadInputTable(List<BadInputCase> rows, List<String> tables) {

	private static final Pattern RUN = Pattern.compile("\\{(.)\\*(\\d+)\\}");

	private static final Map<Class<?>, BadInputTable> READ = new ConcurrentHashMap<>();

	public static BadInputTable of(Class<?> owner) {
		return READ.computeIfAbsent(owner, BadInputTable::read);
	}

	private static BadInputTable read(Class<?> owner) {
		try (InputStream in = owner.getResourceAsStream("bad-input.tsv")) {
			if (in == null) {
				throw new IllegalStateException("no bad-input.tsv next to " + owner.getName());
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), owner.getName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BadInputTable parse(String text, String source) {
		List<BadInputCase> rows = new ArrayList<>();
		List<String> tables = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.startsWith("# tables:")) {
				Arrays.stream(line.substring("# tables:".length()).trim().split(" "))
					.filter((t) -> !t.isEmpty() && !t.equals("-"))
					.forEach(tables::add);
			}
			else if (!line.isBlank() && !line.startsWith("#")) {
				rows.add(row(line, source));
			}
		}
		return new BadInputTable(List.copyOf(rows), List.copyOf(tables));
	}

	private static BadInputCase row(String line, String source) {
		String[] c = line.split("\t", -1);
		if (c.length != 6) {
			throw new IllegalStateException(source + ": not six columns: " + line);
		}
		List<String> fields = c[5].equals("-") ? List.of() : List.of(c[5].split(" "));
		return new BadInputCase(c[0], HttpMethod.valueOf(c[1]), expand(c[2]), none(c[3]) ? null : expand(c[3]),
				none(c[4]) ? null : MediaType.parseMediaType(c[4]), fields);
	}

	private static boolean none(String column) {
		return column.equals("-");
	}

	private static String expand(String text) {
		Matcher m = RUN.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
		}
		return m.appendTail(out).toString();
	}

}
