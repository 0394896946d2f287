package vn.dangvu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.dangvu.testkit.DatabaseOutage;

/**
 * The whole application on the real (embedded, or {@code DANGVU_DB_URL}) PostgreSQL with
 * demo data, and a {@code MockMvc} for its pages and API. Every full-context test carries
 * exactly this annotation and nothing that changes the configuration (no
 * {@code @AutoConfigureMockMvc}, {@code @TestPropertySource}, {@code @MockitoBean} or
 * {@code @DirtiesContext} of its own), so that Spring caches one context, one database
 * and one demo load for all of them (decision 0207); {@code ArchitectureTest} holds this.
 * Tagged {@value #DATABASE}: CI runs the tests with this tag a second time on a
 * standalone PostgreSQL server ({@code .ci/run}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestClock.Config.class, DatabaseOutage.Config.class })
@Tag(IntegrationTest.DATABASE)
public @interface IntegrationTest {

	/** The JUnit tag of the tests that run on the application's database. */
	String DATABASE = "database";

}
