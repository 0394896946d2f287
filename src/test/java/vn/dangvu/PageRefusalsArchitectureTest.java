package vn.dangvu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import vn.dangvu.platform.error.DomainException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page controllers hand a write that can be refused to {@code platform.web.PageForms} and
 * hold no {@code catch} of a refusal themselves (decision 0204). ArchUnit does not see
 * catch clauses, so the rule reads the sources.
 */
class PageRefusalsArchitectureTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/dangvu");

	/** DomainException and every subclass of it in the code, by simple name. */
	private static final Set<String> REFUSALS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.dangvu")
		.stream()
		.filter((c) -> c.isAssignableTo(DomainException.class))
		.map(JavaClass::getSimpleName)
		.collect(Collectors.toSet());

	private static final Pattern CATCH = Pattern.compile("catch \\(([^)]*)\\)");

	@Test
	void pageControllersCatchNoRefusal() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			List<String> found = files.filter((path) -> path.toString().endsWith(".java"))
				.filter((path) -> !path.startsWith(SOURCES.resolve("platform")))
				.flatMap((path) -> refusalCatches(read(path)).stream().map((c) -> path.getFileName() + ": " + c))
				.toList();
			assertThat(found).as("page controllers catching a refusal instead of using PageForms").isEmpty();
		}
	}

	@Test
	void theRuleSeesARefusalCaughtInAController() {
		assertThat(REFUSALS).contains("DomainException", "NotFoundException", "ConflictException", "PersonRejected");
		String controller = """
				@Controller
				class Pages {
					String save() {
						try { return "ok"; }
						catch (IllegalArgumentException | vn.dangvu.platform.error.NotFoundException ex) { return "no"; }
						catch (PersonRejected ex) { return "no"; }
					}
				}
				""";
		assertThat(refusalCatches(controller)).hasSize(2);
		assertThat(refusalCatches(controller.replace("@Controller", "@Component"))).isEmpty();
		assertThat(refusalCatches(controller.replaceAll("catch \\([^)]*\\)", "catch (NumberFormatException ex)")))
			.isEmpty();
	}

	/** The catch clauses of a refusal in a {@code @Controller} class's source. */
	static List<String> refusalCatches(String source) {
		if (source.lines().noneMatch((line) -> line.strip().equals("@Controller"))) {
			return List.of();
		}
		Matcher catches = CATCH.matcher(source);
		return catches.results()
			.map((m) -> m.group(1))
			.filter((types) -> Arrays.stream(types.split("[\\s|]+"))
				.anyMatch((type) -> REFUSALS.contains(type.substring(type.lastIndexOf('.') + 1))))
			.toList();
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
