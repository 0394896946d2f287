package vn.dangvu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to the module whose migration folder creates it (decision 0201). A
 * module's Java SQL (string literals and text blocks) and its migrations may name its own
 * tables, the published read views and the platform's tables, nothing else. The
 * {@code demo} module only orchestrates: it names no module's table at all.
 */
class TableOwnershipTest {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path SOURCES = Path.of("src/main/java/vn/dangvu");

	/** Views other modules may read; their columns only grow. */
	static final Set<String> PUBLISHED = Set.of("unit_ref", "person_ref", "person_scope_ref", "meeting_document_ref");

	/** Tables of the platform and of the frameworks it configures: open to all. */
	static final String PLATFORM = "platform";

	/** Created by Spring Modulith's own schema, not by a migration of ours. */
	static final Set<String> FRAMEWORK_TABLES = Set.of("event_publication", "event_publication_archive");

	/** The module that only orchestrates the others' demo seeds. */
	static final String ORCHESTRATOR = "demo";

	/**
	 * Migrations applied before decision 0201 that name other modules' tables (foreign
	 * keys to org_unit and person, the person_scope backfill). Flyway's checksums forbid
	 * editing an applied migration, so they stay as history; a change goes into a new
	 * migration, which this test checks like any other.
	 */
	static final Set<String> APPLIED_BEFORE_0201 = Set.of("V200__people.sql", "V202__person_scope.sql",
			"V300__identity.sql", "V500__membership_event.sql", "V501__admission.sql",
			"V502__admission_withdrawal_and_closing.sql", "V520__dues_and_youth.sql", "V600__directive_catalogue.sql",
			"V601__directive_document.sql", "V602__directive_registry_cascade.sql", "V650__party_document.sql");

	static final Pattern CREATES = Pattern.compile(
			"(?i)\\bcreate\\s+(?:unlogged\\s+)?(?:or\\s+replace\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	static final Pattern NAMES = Pattern
		.compile("(?i)\\b(?:from|join|update|into|references|table|using)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

	/** One item of a FROM list: a table, its alias, then a comma and the next item. */
	static final String FROM_ITEM = "(?:only\\s+)?[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?";

	/**
	 * A comma-joined FROM list ({@code from admission a, org_unit u}): every item after
	 * the first, which {@link #NAMES} already sees.
	 */
	static final Pattern FROM_LIST = Pattern
		.compile("(?i)\\bfrom\\s+" + FROM_ITEM + "((?:\\s*,\\s*" + FROM_ITEM + ")+)");

	static final Pattern LIST_ITEM = Pattern.compile("(?i),\\s*(?:only\\s+)?([a-z_][a-z0-9_]*)");

	/**
	 * Text blocks and string literals; comments and char literals are matched to be
	 * skipped.
	 */
	static final Pattern STRINGS = Pattern
		.compile("(?s)\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|//[^\\n]*|/\\*.*?\\*/|'(?:[^'\\\\]|\\\\.)+'");

	@Test
	void everyModuleNamesOnlyItsOwnTablesThePublishedViewsAndThePlatforms() {
		Map<String, String> owners = owners();
		List<String> violations = new ArrayList<>();
		for (String module : modules()) {
			for (Path file : files(SOURCES.resolve(module), ".java")) {
				violations.addAll(violations(module, file.toString(), javaStrings(read(file)), owners));
			}
			for (Path file : files(MIGRATIONS.resolve(module), ".sql")) {
				if (APPLIED_BEFORE_0201.contains(file.getFileName().toString())) {
					continue;
				}
				violations.addAll(violations(module, file.toString(), withoutSqlComments(read(file)), owners));
			}
		}
		assertThat(violations)
			.as("tables named outside their module (owner from db/migration/<module>/; published: %s)", PUBLISHED)
			.isEmpty();
	}

	@Test
	void everyTableHasOneOwner() {
		assertThat(owners()).containsEntry("org_unit", "organisation")
			.containsEntry("person", "people")
			.containsEntry("unit_ref", "organisation")
			.containsEntry("person_scope_ref", "people")
			.containsEntry("shedlock", PLATFORM);
	}

	/**
	 * The test of the test: a synthetic source naming another module's table is caught.
	 */
	@Test
	void aModuleNamingAnotherModulesTableIsReported() {
		Map<String, String> owners = owners();
		String source = """
				class Joins {
					String sql = \"""
							select a.id from admission a join org_unit u on u.id = a.cell_id
							join unit_ref r on r.id = u.parent_id
							\""";
					String other = "update person set job_title = null";
				}
				""";
		assertThat(violations("membership", "Joins.java", javaStrings(source), owners)).containsExactly(
				"membership names org_unit (owned by organisation) in Joins.java",
				"membership names person (owned by people) in Joins.java");
		assertThat(violations("demo", "Seed.java", javaStrings("String s = \"select id from unit_ref\";"), owners))
			.containsExactly("demo names unit_ref (owned by organisation) in Seed.java");
		assertThat(violations("organisation", "Own.java", javaStrings("String s = \"delete from org_unit\";"), owners))
			.isEmpty();
	}

	/**
	 * The test of the test for every place a table stands: a comma-joined FROM list (the
	 * foreign table second, third, with or without an alias), a join, update, insert
	 * into, delete from.
	 */
	@Test
	void aForeignTableInACommaJoinedFromListOrAnyWriteIsReported() {
		Map<String, String> owners = owners();
		String source = """
				class Lists {
					String comma = "select a.id from admission a, org_unit u where u.id = a.cell_id";
					String third = \"""
							select 1 from admission a , unit_ref r,person p
							where p.id = a.person_id
							\""";
					String aliased = "select 1 from admission as a, only account_grant x";
				}
				""";
		assertThat(violations("membership", "Lists.java", javaStrings(source), owners)).containsExactly(
				"membership names account_grant (owned by identity) in Lists.java",
				"membership names org_unit (owned by organisation) in Lists.java",
				"membership names person (owned by people) in Lists.java");
		assertThat(tableNames("insert into person_note (id) select id from admission")).contains("person_note",
				"admission");
		assertThat(tableNames("delete from org_unit using person p where p.id = 1")).contains("org_unit", "person");
		assertThat(tableNames("update only person set x = 1")).containsExactly("person");
		assertThat(tableNames("select 1 from admission a left join org_unit u on true")).contains("org_unit");
		assertThat(tableNames("select extract(year from paid_on), person_id from dues_payment"))
			.doesNotContain("person_id");
	}

	static List<String> violations(String module, String file, String text, Map<String, String> owners) {
		Set<String> found = new TreeSet<>();
		for (String name : tableNames(text)) {
			String table = name.toLowerCase(Locale.ROOT);
			String owner = owners.get(table);
			if (owner == null || owner.equals(module) || owner.equals(PLATFORM)) {
				continue;
			}
			if (PUBLISHED.contains(table) && !module.equals(ORCHESTRATOR)) {
				continue;
			}
			found.add(table);
		}
		return found.stream()
			.map((t) -> module + " names " + t + " (owned by " + owners.get(t) + ") in " + file)
			.toList();
	}

	/**
	 * Every name the SQL reads or writes: after from, join, update, insert into, delete
	 * from, using, references, and each item of a comma-joined FROM list.
	 */
	static List<String> tableNames(String text) {
		List<String> names = new ArrayList<>();
		Matcher m = NAMES.matcher(text);
		while (m.find()) {
			names.add(m.group(1));
		}
		Matcher list = FROM_LIST.matcher(text);
		while (list.find()) {
			Matcher item = LIST_ITEM.matcher(list.group(1));
			while (item.find()) {
				names.add(item.group(1));
			}
		}
		return names;
	}

	/** Table (or view) name to the module whose migration folder creates it. */
	static Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>();
		FRAMEWORK_TABLES.forEach((t) -> owners.put(t, PLATFORM));
		for (String module : folders(MIGRATIONS)) {
			for (Path file : files(MIGRATIONS.resolve(module), ".sql")) {
				Matcher m = CREATES.matcher(withoutSqlComments(read(file)));
				while (m.find()) {
					String previous = owners.put(m.group(1).toLowerCase(Locale.ROOT), module);
					assertThat(previous).as("%s created by %s and by %s", m.group(1), previous, module)
						.isIn(null, module);
				}
			}
		}
		return owners;
	}

	/** Every module: a package under vn.dangvu or a migration folder. */
	static Set<String> modules() {
		Set<String> modules = new TreeSet<>(folders(SOURCES));
		modules.addAll(folders(MIGRATIONS));
		return modules;
	}

	/** The contents of every string literal and text block, one per line. */
	static String javaStrings(String source) {
		StringBuilder out = new StringBuilder();
		Matcher m = STRINGS.matcher(source);
		while (m.find()) {
			String text = (m.group(1) != null) ? m.group(1) : m.group(2);
			if (text != null) {
				out.append(text).append('\n');
			}
		}
		return out.toString();
	}

	static String withoutSqlComments(String sql) {
		return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", "");
	}

	private static Set<String> folders(Path root) {
		try (Stream<Path> s = Files.list(root)) {
			return s.filter(Files::isDirectory)
				.map((p) -> p.getFileName().toString())
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> files(Path root, String suffix) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter((p) -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
