package vn.dangvu.membership;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.testkit.JsonRequests.postJson;

/**
 * The same step of one admission file sent twice at the same instant, round after round:
 * one step recorded, the other refused with a clear message (409), one row (decision
 * 0156).
 */
@IntegrationTest
class AdmissionStepRaceTest extends OnAFreshTree {

	AdmissionStepRaceTest() {
		super("kết nạp đồng thời");
	}

	@Test
	void twinCertificateStepsOnOneFileRecordOneAndRefuseTheOther() throws Exception {
		Races.rounds((round) -> {
			long candidate = this.fixtures.person("Trịnh Văn Hồsơ", LocalDate.of(1998, 3, round), this.tree.cell(),
					null, null, null);
			long file = this.jdbc.sql("""
					insert into admission (person_id, cell_id, opened_on, created_by)
					values (:p, :c, date '2024-01-02', 'test') returning id""")
				.param("p", candidate)
				.param("c", this.tree.cell())
				.query(Long.class)
				.single();
			String body = "{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\",\"documentNumber\":\"GCN %d\"}"
				.formatted(round);
			List<MvcResult> results = Races.atOnce(() -> step(file, body), () -> step(file, body));
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(200, 409);
			assertThat(Races.problemDetail(results, 409)).contains("đã được ghi");
			assertThat(this.jdbc.sql("""
					select count(*) from admission_step where admission_id = :a and step = 'CERTIFICATE'""")
				.param("a", file)
				.query(Long.class)
				.single()).as("round %d", round).isEqualTo(1);
		});
	}

	private MvcResult step(long file, String body) throws Exception {
		return this.mvc.perform(postJson(this.tree.secretary(), "/api/v1/admissions/" + file + "/steps", body))
			.andReturn();
	}

}
