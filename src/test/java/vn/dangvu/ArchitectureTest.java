package vn.dangvu;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

/** The house rules of STYLE.md that Spring Modulith's verification does not cover. */
class ArchitectureTest {

	private static final String ROOT = "vn.dangvu";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	/** Modules every other module may use (Spring Modulith type OPEN). */
	private static final Set<String> OPEN_MODULES = Set.of("platform");

	/** Deliberate violations of the rules below, to prove that each rule reports. */
	private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("archfixture");

	// --- Module shape (decision 0200) ---

	static ArchRule noLayerPackages(String root) {
		return classes().that()
			.resideInAPackage(root + "..")
			.and()
			.resideOutsideOfPackage(root + ".platform..")
			.should()
			.resideOutsideOfPackages("..domain..", "..web..", "..api..", "..service..", "..repository..")
			.because("a feature package is named for what the user does, never for a layer (decision 0200);"
					+ " the open platform module is a toolbox, its packages are named for their tools");
	}

	static ArchRule componentsStayInTheirModule(String root) {
		return classes().that()
			.areAnnotatedWith(Service.class)
			.or()
			.areAnnotatedWith(Component.class)
			.or()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.and(DescribedPredicate.not(face(root)))
			.should(beUsedOnlyInsideTheirModule(root))
			.allowEmptyShould(true)
			.because("other modules reach a module through its face, a published view or an event (decision 0200)");
	}

	static ArchRule policiesAreNotPublic(String root) {
		return classes().that()
			.resideInAPackage(root + "..")
			.and()
			.haveSimpleNameEndingWith("Policy")
			.should()
			.notBePublic()
			.allowEmptyShould(true)
			.because("a policy is a package-private class of its feature (decision 0200)");
	}

	static ArchRule facesHoldNoSql(String root) {
		return noClasses().that(face(root))
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class)
			.allowEmptyShould(true)
			.because("the face only delegates; SQL lives in the features (decision 0200)");
	}

	/** The rules of decision 0200, by what each says, for a root package. */
	static Map<String, ArchRule> moduleShape(String root) {
		Map<String, ArchRule> rules = new LinkedHashMap<>();
		rules.put("no package is named for a layer", noLayerPackages(root));
		rules.put("services and controllers are used only inside their module", componentsStayInTheirModule(root));
		rules.put("policies are package-private", policiesAreNotPublic(root));
		rules.put("the face of a module holds no SQL", facesHoldNoSql(root));
		return rules;
	}

	@TestFactory
	Stream<DynamicTest> theModuleShapeHolds() {
		return moduleShape(ROOT).entrySet()
			.stream()
			.map((rule) -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(CLASSES)));
	}

	/**
	 * The tests of the rules: each reports the violation planted in {@code archfixture}.
	 */
	@Test
	void theModuleShapeRulesReportTheirViolations() {
		assertThat(report(noLayerPackages("archfixture"))).contains("archfixture.alpha.web.AlphaService")
			.doesNotContain("archfixture.beta.BetaPages");
		assertThat(report(componentsStayInTheirModule("archfixture")))
			.contains("archfixture.alpha.web.AlphaService is used from module beta by archfixture.beta.BetaPages")
			.doesNotContain("AlphaApi");
		assertThat(report(policiesAreNotPublic("archfixture"))).contains("archfixture.alpha.web.AdmissionPolicy");
		assertThat(report(facesHoldNoSql("archfixture"))).contains("archfixture.alpha.AlphaApi").contains("JdbcClient");
		assertThat(report(todayFromTheSystemClock())).contains("archfixture.beta.BetaDates.today()")
			.doesNotContain("java.time.Clock");
	}

	private static String report(ArchRule rule) {
		EvaluationResult result = rule.evaluate(FIXTURE);
		assertThat(result.hasViolation()).as("%s finds its planted violation", rule.getDescription()).isTrue();
		return String.join("\n", result.getFailureReport().getDetails());
	}

	/**
	 * {@code <root>.<module>.*}: the module's top package is its face (decision 0200),
	 * the {@code XxxApi} and the few services of the same standing such as
	 * {@code organisation.UnitScopes}.
	 */
	static DescribedPredicate<JavaClass> face(String root) {
		return DescribedPredicate.describe("the face of a module",
				(c) -> c.getPackageName().matches(java.util.regex.Pattern.quote(root) + "\\.[a-z]+"));
	}

	static String moduleOf(String root, JavaClass c) {
		String rest = c.getPackageName().startsWith(root + ".") ? c.getPackageName().substring(root.length() + 1) : "";
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule(String root) {
		return new ArchCondition<>("be used only inside their module") {

			@Override
			public void check(JavaClass target, ConditionEvents events) {
				String module = moduleOf(root, target);
				if (OPEN_MODULES.contains(module)) {
					return;
				}
				Set<String> reported = new java.util.HashSet<>();
				for (Dependency d : target.getDirectDependenciesToSelf()) {
					JavaClass origin = d.getOriginClass();
					String from = moduleOf(root, origin);
					if (!from.isEmpty() && !from.equals(module) && reported.add(origin.getName())) {
						events.add(SimpleConditionEvent.violated(d, target.getName() + " is used from module " + from
								+ " by " + origin.getName() + " (" + d.getDescription() + ")"));
					}
				}
			}

		};
	}

	@Test
	void entitiesAndRepositoriesAreNotPublic() {
		ArchRule entities = classes().that().areAnnotatedWith("jakarta.persistence.Entity").should().notBePublic();
		ArchRule repositories = classes().that()
			.haveSimpleNameEndingWith("Repository")
			.or()
			.areAnnotatedWith(Repository.class)
			.should()
			.notBePublic()
			.allowEmptyShould(true);
		entities.allowEmptyShould(true).check(CLASSES);
		repositories.check(CLASSES);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void domainNeverReachesWebOrApi() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..api..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void namesSayWhatThingsAre() {
		noClasses().should()
			.haveSimpleNameEndingWith("Manager")
			.orShould()
			.haveSimpleNameEndingWith("Helper")
			.orShould()
			.haveSimpleNameEndingWith("Util")
			.orShould()
			.haveSimpleNameEndingWith("Utils")
			.orShould()
			.haveSimpleNameEndingWith("Impl")
			.check(CLASSES);
	}

	@Test
	void moneyIsNeverADouble() {
		noFields().that()
			.haveNameMatching("(?i).*(amount|dues|salary|money|price|fee|fund).*")
			.should()
			.haveRawType(double.class)
			.orShould()
			.haveRawType(Double.class)
			.orShould()
			.haveRawType(float.class)
			.because("money is long VND or BigDecimal")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	/**
	 * Today comes from the injected {@code java.time.Clock}, so that tests can set the
	 * date.
	 */
	@Test
	void todayComesFromTheInjectedClock() {
		todayFromTheSystemClock().check(CLASSES);
	}

	static ArchRule todayFromTheSystemClock() {
		Set<Class<?>> dated = Set.of(java.time.LocalDate.class, java.time.LocalDateTime.class,
				java.time.YearMonth.class, java.time.OffsetDateTime.class, java.time.ZonedDateTime.class);
		DescribedPredicate<JavaMethodCall> systemClock = DescribedPredicate.describe(
				"now() of a java.time date type without a Clock",
				(call) -> call.getName().equals("now")
						&& dated.stream().anyMatch((type) -> call.getTargetOwner().isEquivalentTo(type))
						&& call.getTarget()
							.getRawParameterTypes()
							.stream()
							.noneMatch((type) -> type.isEquivalentTo(java.time.Clock.class)));
		return noClasses().should()
			.callMethodWhere(systemClock)
			.because("a date read from the system clock cannot be set by a test (decision 0190)");
	}

	/**
	 * Lombok writes the injection constructors and nothing else (decision 0212). Its
	 * annotations do not survive compilation, so the sources are read.
	 */
	@Test
	void lombokOnlyWritesInjectionConstructors() throws java.io.IOException {
		try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
			var misuse = files.filter((path) -> path.toString().endsWith(".java"))
				.flatMap((path) -> lombokImports(path).map((line) -> path.getFileName() + ": " + line))
				.filter((line) -> !line.endsWith("import lombok.RequiredArgsConstructor;"))
				.toList();
			assertThat(misuse).as("Lombok features other than @RequiredArgsConstructor").isEmpty();
		}
	}

	private static Stream<String> lombokImports(java.nio.file.Path path) {
		try {
			return java.nio.file.Files.readAllLines(path).stream().filter((line) -> line.startsWith("import lombok."));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	// --- One context for all integration tests (decision 0207) ---

	@Test
	void integrationTestsAddNothingThatForksTheContext() {
		JavaClasses tests = new ClassFileImporter().withImportOption(new ImportOption.OnlyIncludeTests())
			.importPackages(ROOT);
		String[] forking = { "org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc",
				"org.springframework.test.context.TestPropertySource",
				"org.springframework.test.annotation.DirtiesContext",
				"org.springframework.test.context.ContextConfiguration",
				"org.springframework.test.context.ActiveProfiles", "org.springframework.context.annotation.Import",
				"org.springframework.boot.test.context.SpringBootTest" };
		ArchRule classes = noClasses().that()
			.areAnnotatedWith(IntegrationTest.class)
			.should(beAnnotatedWithAnyOf(forking))
			.because("every full-context test shares the one context of @IntegrationTest (decision 0207)");
		classes.allowEmptyShould(true).check(tests);
		noFields().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(IntegrationTest.class)
			.should()
			.beAnnotatedWith("org.springframework.test.context.bean.override.mockito.MockitoBean")
			.orShould()
			.beAnnotatedWith("org.springframework.test.context.bean.override.mockito.MockitoSpyBean")
			.because("a mocked bean forks the shared context (decision 0207)")
			.allowEmptyShould(true)
			.check(tests);
	}

	static ArchCondition<JavaClass> beAnnotatedWithAnyOf(String... annotations) {
		return new ArchCondition<>("be annotated with any of " + String.join(", ", annotations)) {

			@Override
			public void check(JavaClass c, ConditionEvents events) {
				for (String a : annotations) {
					if (c.isAnnotatedWith(a)) {
						events.add(SimpleConditionEvent.satisfied(c, c.getName() + " is annotated with @" + a));
					}
				}
			}

		};
	}

}
