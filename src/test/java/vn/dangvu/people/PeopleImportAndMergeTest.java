package vn.dangvu.people;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.UnitsMerged;
import vn.dangvu.people.importing.ImportJob;
import vn.dangvu.people.importing.PersonImports;
import vn.dangvu.people.importing.RowError;
import vn.dangvu.people.importing.SheetFiles;
import vn.dangvu.people.record.PersonService;
import vn.dangvu.platform.jobs.NodeName;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.bodyContains;
import static vn.dangvu.testkit.PageText.okBody;

@IntegrationTest
class PeopleImportAndMergeTest extends OnTwoBranches {

	PeopleImportAndMergeTest() {
		super("Chi cục Nhập", null);
	}

	static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

	@Autowired
	NodeName node;

	@Autowired
	PersonImports imports;

	@Autowired
	PersonService people;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	/**
	 * Two valid CCCDs, new for each test: the good rows of {@link #fileWithOneBadRow}.
	 */
	String good1;

	String good2;

	@BeforeEach
	void units() {
		TestCallers.runAs(this.a.office());
		this.good1 = PeopleFixtures.cccd(LocalDate.of(1985, 9, 5), Sex.MALE);
		this.good2 = PeopleFixtures.cccd(LocalDate.of(1992, 4, 30), Sex.FEMALE);
	}

	private byte[] fileWithOneBadRow(String goodCccd1, String goodCccd2) throws Exception {
		return SheetFiles.xlsx(SheetFiles.HEADERS,
				List.of(Arrays.asList("Nguyễn Văn Nhập", "05/09/1985", "Nam", goodCccd1, "Kinh", "Không", "12/12",
						"Sơ cấp", "Chuyên viên", this.a.cellCode(), this.a.cellCode(), null, null, "0912345678", null),
						Arrays.asList("Trần Thị Lỗi", "05/09/1985", "Nữ", "001085000001", null, null, null, null, null,
								"KHONG-CO-MA"),
						Arrays.asList("Lê Thị Hợp", LocalDate.of(1992, 4, 30), "nu", Long.parseLong(goodCccd2), null,
								null, null, null, null, this.a.cellCode())));
	}

	/**
	 * {@link #fileWithOneBadRow} imported now by office A, its valid rows only or not.
	 */
	private ImportJob importWithOneBadRow(String goodCccd1, String goodCccd2, boolean validOnly) throws Exception {
		return this.imports.importNow(this.a.office(), "nhan-su.xlsx",
				new ByteArrayInputStream(fileWithOneBadRow(goodCccd1, goodCccd2)), validOnly, VI);
	}

	private long countByCccd(String... cccds) {
		return this.jdbc.sql("select count(*) from person where cccd = any(:c)")
			.param("c", cccds)
			.query(Long.class)
			.single();
	}

	private List<List<Object>> rows(List<String> cccds) {
		String[] given = { "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nam" };
		return cccds.stream()
			.map((c) -> Arrays.<Object>asList("Phạm Văn " + given[Math.floorMod(c.hashCode(), given.length)],
					"01/01/1980", "Nam", c, null, null, null, null, null, this.a.cellCode()))
			.toList();
	}

	@Test
	void aFailureMidImportLeavesNoRowOfAnAllOrNothingImportAndTheFileImportsAgain() throws Exception {
		List<String> cccds = new java.util.ArrayList<>();
		for (int i = 0; i < 450; i++) {
			cccds.add(PeopleFixtures.cccd(LocalDate.of(1980, 1, 1), Sex.MALE));
		}
		byte[] file = SheetFiles.xlsx(SheetFiles.HEADERS, rows(cccds));
		// the database fails on a row of the third batch of 200, as it would in a crash
		// or a
		// shutdown
		this.jdbc
			.sql("""
					create function test_import_breaks() returns trigger language plpgsql as $$
					begin if new.cccd = '%s' then raise exception 'test: the database went away'; end if; return new; end $$"""
				.formatted(cccds.get(410)))
			.update();
		this.jdbc
			.sql("create trigger test_import_breaks before insert on person for each row "
					+ "execute function test_import_breaks()")
			.update();
		ImportJob failed;
		try {
			failed = this.imports.importNow(this.a.office(), "hong.xlsx", new ByteArrayInputStream(file), false, VI);
		}
		finally {
			this.jdbc.sql("drop trigger test_import_breaks on person").update();
			this.jdbc.sql("drop function test_import_breaks()").update();
		}
		assertThat(failed.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(countByCccd(cccds.toArray(String[]::new))).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'Person' "
					+ "and after_state ->> 'cccd' = any(:c)")
			.param("c", cccds.toArray(String[]::new))
			.query(Long.class)
			.single()).isZero();

		ImportJob again = this.imports.importNow(this.a.office(), "hong.xlsx", new ByteArrayInputStream(file), false,
				VI);
		assertThat(again.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(countByCccd(cccds.toArray(String[]::new))).isEqualTo(cccds.size());
	}

	@Test
	void importsLeftRunningByAStoppedNodeAreMarkedFailedOnStartAndAnotherNodesLiveImportIsLeftAlone() throws Exception {
		String here = this.node.get();
		long mine = runningJob("IMPORTING", here, "now()");
		long deadElsewhere = runningJob("VALIDATING", "db9:8080", "now() - interval '1 minute'");
		long aliveElsewhere = runningJob("IMPORTING", "db9:8081", "now()");
		this.imports.afterSingletonsInstantiated();
		for (long id : new long[] { mine, deadElsewhere }) {
			ImportJob job = this.imports.find(this.a.office(), id);
			assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
			assertThat(job.interrupted()).isTrue();
			assertThat(job.finished()).isTrue();
		}
		ImportJob alive = this.imports.find(this.a.office(), aliveElsewhere);
		assertThat(alive.status()).isEqualTo(ImportJob.Status.IMPORTING);
		assertThat(alive.finished()).isFalse();
		this.mvc.perform(get("/people/import/" + mine).with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("ứng dụng đã tắt giữa chừng", "hãy nhập lại tệp"));
		this.jdbc.sql("update person_import_job set status = 'FAILED' where id = :id")
			.param("id", aliveElsewhere)
			.update();
	}

	private long runningJob(String status, String node, String heartbeat) {
		return this.jdbc
			.sql("""
					insert into person_import_job (created_by, file_name, valid_only, status, total, processed, node, heartbeat_at)
					values (:by, 'dang-do.xlsx', false, :status, 6000, 200, :node, %s) returning id"""
				.formatted(heartbeat))
			.param("by", this.a.office().username())
			.param("status", status)
			.param("node", node)
			.query(Long.class)
			.single();
	}

	@Test
	void aFileWithAnErrorRowWritesNothingAndReportsRowAndColumn() throws Exception {
		ImportJob job = importWithOneBadRow(this.good1, this.good2, false);
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.inserted()).isZero();
		assertThat(countByCccd(this.good1, this.good2)).isZero();
		assertThat(job.errors()).extracting(RowError::row).containsOnly(3);
		assertThat(job.errors()).extracting(RowError::column).contains("D", "J");
		assertThat(job.errors()).anySatisfy((e) -> {
			assertThat(e.column()).isEqualTo("J");
			assertThat(e.header()).isEqualTo("Mã đơn vị công tác");
			assertThat(e.message()).contains("KHONG-CO-MA");
		});
	}

	@Test
	void withValidOnlyTheValidRowsAreWrittenThroughTheSameService() throws Exception {
		ImportJob job = importWithOneBadRow(this.good1, this.good2, true);
		assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(job.inserted()).isEqualTo(2);
		assertThat(countByCccd(this.good1, this.good2)).isEqualTo(2);
		Map<String, Object> row = this.jdbc.sql("select party_unit_id, theory_level, sex from person where cccd = :c")
			.param("c", this.good1)
			.query()
			.singleRow();
		assertThat(row).containsEntry("party_unit_id", this.a.cell()).containsEntry("theory_level", "ELEMENTARY");
		assertThat(this.jdbc
			.sql("select count(*) from person_affiliation a join person p on p.id = a.person_id "
					+ "where p.cccd = :c and a.reason = 'IMPORT'")
			.param("c", this.good1)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void duplicatesWithinTheFileAndAgainstTheDatabaseAreReported() throws Exception {
		LocalDate birth = LocalDate.of(1980, 1, 1);
		String existing = PeopleFixtures.cccd(birth, Sex.MALE);
		this.people.create(this.a.office(),
				PeopleFixtures.draft("Có Sẵn", birth, Sex.MALE, existing, null, this.a.cell(), null, null));
		String repeated = PeopleFixtures.cccd(birth, Sex.MALE);
		byte[] file = SheetFiles.xlsx(SheetFiles.HEADERS,
				List.of(Arrays.asList("Hà Văn Một", "01/01/1980", "Nam", existing, null, null, null, null, null,
						this.a.cellCode()),
						Arrays.asList("Hà Văn Hai", "01/01/1980", "Nam", repeated, null, null, null, null, null,
								this.a.cellCode()),
						Arrays.asList("Hà Văn Ba", "01/01/1980", "Nam", repeated, null, null, null, null, null,
								this.a.cellCode())));
		ImportJob job = this.imports.importNow(this.a.office(), "trung.xlsx", new ByteArrayInputStream(file), false,
				VI);
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).anySatisfy((e) -> {
			assertThat(e.row()).isEqualTo(2);
			assertThat(e.message()).isEqualTo("Số CCCD này đã được đăng ký.");
		});
		assertThat(job.errors()).anySatisfy((e) -> {
			assertThat(e.row()).isEqualTo(4);
			assertThat(e.message()).contains("dòng 3");
		});
	}

	@Test
	void theUploadPageStartsABackgroundJobAndRefusesOtherFiles() throws Exception {
		MockMultipartFile xlsx = new MockMultipartFile("file", "nhan-su.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				fileWithOneBadRow(this.good1, this.good2));
		String location = this.mvc
			.perform(multipart("/people/import").file(xlsx)
				.param("validOnly", "true")
				.with(TestCallers.as(this.a.office()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/people/import/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String progress = "";
		for (int i = 0; i < 100 && !progress.contains("Đã nhập xong"); i++) {
			Thread.sleep(100);
			progress = okBody(this.mvc.perform(get(location + "/progress").with(TestCallers.as(this.a.office()))));
		}
		assertThat(progress).contains("Đã thêm 2 người").contains("KHONG-CO-MA").doesNotContain("hx-trigger");
		assertThat(countByCccd(this.good1, this.good2)).isEqualTo(2);
		this.mvc.perform(get(location).with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(bodyContains("nhan-su.xlsx", "progress-bar"));
		this.mvc.perform(get("/people/import").with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(location)));
		this.mvc.perform(get(location).with(TestCallers.as(TestCallers.withRole(Role.COMMITTEE_OFFICE, 999_999))))
			.andExpect(status().isNotFound());
		MockMultipartFile csv = new MockMultipartFile("file", "nhan-su.csv", "text/csv", "a;b".getBytes());
		this.mvc.perform(multipart("/people/import").file(csv).with(TestCallers.as(this.a.office())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không phải tệp Excel .xlsx")));
		this.mvc.perform(get("/people/import/template").with(TestCallers.as(this.a.office())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
	}

	@Test
	void aMergeMovesEveryoneFromTheSourcesToTheTargetWithHistory() {
		long target = this.fixtures.unit("M-T-" + System.nanoTime(), "CELL", this.a.root(), "Chi bộ hợp nhất");
		long source1 = this.a.cell();
		long source2 = this.fixtures.unit("M-S-" + System.nanoTime(), "CELL", this.a.root(), "Chi bộ cũ 2");
		LocalDate birth = LocalDate.of(1975, 5, 5);
		long p1 = this.people.create(this.a.office(), PeopleFixtures.draft("Kiều Văn Gộp", birth, Sex.MALE,
				PeopleFixtures.cccd(birth, Sex.MALE), null, source1, source1, this.a.youth()));
		long p2 = this.people.create(this.a.office(), PeopleFixtures.draft("Kiều Thị Gộp", birth, Sex.FEMALE,
				PeopleFixtures.cccd(birth, Sex.FEMALE), null, this.a.root(), source2, null));
		LocalDate effective = LocalDate.now(PersonService.ZONE).plusDays(1);
		this.tx.executeWithoutResult(
				(s) -> this.events.publishEvent(new UnitsMerged(List.of(source1, source2), target, effective)));
		Map<String, Object> first = this.jdbc
			.sql("select work_unit_id, party_unit_id, youth_unit_id, version from person where id = :id")
			.param("id", p1)
			.query()
			.singleRow();
		assertThat(first).containsEntry("work_unit_id", target)
			.containsEntry("party_unit_id", target)
			.containsEntry("youth_unit_id", this.a.youth())
			.containsEntry("version", 1L);
		Map<String, Object> second = this.jdbc.sql("select work_unit_id, party_unit_id from person where id = :id")
			.param("id", p2)
			.query()
			.singleRow();
		assertThat(second).containsEntry("work_unit_id", this.a.root()).containsEntry("party_unit_id", target);
		List<Map<String, Object>> party = this.jdbc.sql("""
				select unit_id, valid_from, valid_to, reason from person_affiliation
				where person_id = :id and kind = 'PARTY' order by id""").param("id", p1).query().listOfRows();
		assertThat(party).hasSize(2);
		assertThat(party.get(0)).containsEntry("unit_id", source1)
			.containsEntry("valid_to", java.sql.Date.valueOf(effective));
		assertThat(party.get(1)).containsEntry("unit_id", target)
			.containsEntry("reason", "MERGE")
			.containsEntry("valid_from", java.sql.Date.valueOf(effective));
	}

}
