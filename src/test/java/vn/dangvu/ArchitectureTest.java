package vn.dangvu;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** The house rules of STYLE.md that Spring Modulith's verification does not cover. */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.dangvu");

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
		noClasses().should()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(java.time.YearMonth.class, "now")
			.orShould()
			.callMethod(java.time.YearMonth.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(java.time.OffsetDateTime.class, "now")
			.orShould()
			.callMethod(java.time.ZonedDateTime.class, "now")
			.because("a date read from the system clock cannot be set by a test (decision 0190)")
			.check(CLASSES);
	}

}
