package vn.dangvu.membership.admission;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import vn.dangvu.TestCallers;
import vn.dangvu.organisation.OrganisationFixtures;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The membership module with the modules it uses (organisation, people, rules,
 * notification) and the platform: an admission file is opened in a cell and its first
 * step recorded, each published as a change for the audit trail.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
class MembershipModuleTest {

	@Autowired
	AdmissionCommands admissions;

	@Autowired
	JdbcClient jdbc;

	final Caller admin = TestCallers.admin();

	@AfterEach
	void signOut() {
		TestCallers.clear();
	}

	@Test
	void anAdmissionStepIsRecordedAndPublished(Scenario scenario) {
		TestCallers.runAs(this.admin);
		PeopleFixtures fixtures = new PeopleFixtures(this.jdbc);
		long cell = fixtures.unit(OrganisationFixtures.code(), "CELL", null, "Chi bộ Mô-đun Đảng viên");
		LocalDate birth = LocalDate.of(1995, 5, 5);
		long person = this.jdbc.sql("""
				insert into person (full_name, family_name, middle_name, given_name, search_text, sort_key,
				                    birth_date, sex, cccd, work_unit_id)
				values ('Trần Văn Mô', 'Trần', 'Văn', 'Mô', 'tran van mo', '\\x00'::bytea, :birth, 'MALE', :cccd, :cell)
				returning id""")
			.param("birth", birth)
			.param("cccd", PeopleFixtures.cccd(birth, Sex.MALE))
			.param("cell", cell)
			.query(Long.class)
			.single();
		long file = this.admissions.open(this.admin, person, cell, LocalDate.of(2024, 1, 2));

		scenario
			.stimulate(() -> this.admissions.recordStep(this.admin, file,
					new StepInput(AdmissionStep.CERTIFICATE, LocalDate.of(2024, 1, 5), null, null, null, null,
							List.of(), false, null, null, null, null),
					null))
			.andWaitForEventOfType(RecordChanged.class)
			.matching((e) -> e.entityType().equals("AdmissionStep") && e.action().equals("CREATE"))
			.toArriveAndVerify((e) -> assertThat(e.unitId()).isEqualTo(cell));
		assertThat(this.jdbc.sql("select count(*) from admission_step where admission_id = :id")
			.param("id", file)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
