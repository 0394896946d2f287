package vn.dangvu.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.dangvu.organisation.tree.UnitChange;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationMessagesTest {

	static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");

	static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = OrganisationMessagesTest.class.getResourceAsStream("/messages/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("organisation_en.properties").keySet())
			.containsExactlyInAnyOrderElementsOf(load("organisation_vi.properties").keySet());
	}

	@Test
	void everyKindFamilyAndChangeHasALabel() throws IOException {
		Properties vi = load("organisation_vi.properties");
		for (UnitKind k : UnitKind.values()) {
			assertThat(vi).containsKey(k.labelKey());
		}
		for (UnitFamily f : UnitFamily.values()) {
			assertThat(vi).containsKey(f.labelKey());
		}
		for (UnitChange c : UnitChange.values()) {
			assertThat(vi).containsKey(c.labelKey());
		}
		assertThat(vi.getProperty("unit.kind.CELL")).isEqualTo("Chi bộ");
	}

	@Test
	void everyKeyUsedInTheTemplatesExists() throws IOException {
		Set<Object> known = new HashSet<>(load("organisation_vi.properties").keySet());
		known.addAll(load("messages_vi.properties").keySet());
		Set<String> missing = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/organisation"))) {
			for (Path file : files.toList()) {
				Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(file));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
