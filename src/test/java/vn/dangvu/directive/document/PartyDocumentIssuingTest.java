package vn.dangvu.directive.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PartyDocumentIssuingTest extends OwnCommitteeTestBase {

	private static final LocalDate IN_2026 = LocalDate.of(2026, 10, 5);

	@Autowired
	PartyDocuments documents;

	@Override
	String committeeName() {
		return "Đảng bộ Chi cục thử";
	}

	@BeforeEach
	void setUp() {
		TestCallers.runAs(office());
	}

	@AfterEach
	void tearDown() {
		TestCallers.clear();
	}

	@Test
	void numbersRunPerTypeFromZeroOneAndTheIssueWritesTheRegistryRow() {
		PartyDocument first = issue(DocumentType.PLAN, IN_2026);
		PartyDocument second = issue(DocumentType.PLAN, IN_2026.plusDays(1));
		PartyDocument report = issue(DocumentType.REPORT, IN_2026);

		assertThat(first.citation()).isEqualTo("01-KH/ĐU");
		assertThat(second.citation()).isEqualTo("02-KH/ĐU");
		assertThat(report.citation()).isEqualTo("01-BC/ĐU");
		assertThat(first.status()).isEqualTo(PartyDocument.Status.ISSUED);
		var row = this.jdbc.sql("""
				select d.citation, d.doc_type, d.type_code, d.number_value, d.owner_unit_id, d.issue_date, t.label
				from directive_document d join directive_term t on t.id = d.term_id where d.id = :id""")
			.param("id", first.registryId())
			.query()
			.singleRow();
		assertThat(row).containsEntry("citation", "01-KH/ĐU")
			.containsEntry("doc_type", "PLAN")
			.containsEntry("type_code", "KH")
			.containsEntry("number_value", 1)
			.containsEntry("owner_unit_id", this.committee)
			.containsEntry("label", "2025-2030");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'PartyDocument' and entity_id = :id")
			.param("id", String.valueOf(first.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'Directive' and entity_id = :id")
			.param("id", String.valueOf(first.registryId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aNewCommitteeTermStartsAgainAtZeroOne() {
		assertThat(issue(DocumentType.PLAN, LocalDate.of(2025, 9, 30)).citation()).isEqualTo("01-KH/ĐU");
		assertThat(issue(DocumentType.PLAN, LocalDate.of(2025, 9, 30)).citation()).isEqualTo("02-KH/ĐU");
		PartyDocument newTerm = issue(DocumentType.PLAN, LocalDate.of(2025, 10, 1));
		assertThat(newTerm.citation()).isEqualTo("01-KH/ĐU");
		assertThat(newTerm.number()).isEqualTo(1);
	}

	@Test
	void eachIssuerHasItsOwnNumbersAndACellSignsAsCB() {
		long cell = this.fixtures.unit("CELL", "Chi bộ thử", this.committee);
		issue(DocumentType.NOTICE, IN_2026);
		long draft = this.documents.create(DocumentFixtures.draft(cell, DocumentType.NOTICE, IN_2026));
		assertThat(this.documents.issue(draft).citation()).isEqualTo("01-TB/CB");
	}

	@Test
	void numberingContinuesAfterWhatTheRegistryAlreadyHolds() {
		long draft = this.documents.create(DocumentFixtures.draft(this.committee, DocumentType.PLAN, IN_2026));
		PartyDocument doc = this.documents.get(draft);
		this.jdbc
			.sql("""
					insert into directive_document (style, number, number_value, type_code, doc_type, issuer_id, issuer_code,
					    citation, issue_date, term_id, summary, created_by)
					values ('PARTY', '447', 447, 'KH', 'PLAN', :issuer, 'ĐU', '447-KH/ĐU', date '2026-01-05',
					    (select id from directive_term where label = '2025-2030'), 'Giấy', 'test')""")
			.param("issuer", doc.issuerId())
			.update();
		assertThat(this.documents.previewIssue(draft).citation()).isEqualTo("448-KH/ĐU");
		assertThat(this.documents.issue(draft).citation()).isEqualTo("448-KH/ĐU");
	}

	@Test
	void anIssuedDocumentCannotBeEditedNorIssuedAgain() {
		PartyDocument issued = issue(DocumentType.PLAN, IN_2026);
		DocumentDraft change = DocumentFixtures.draft(this.committee, DocumentType.PLAN, IN_2026);
		assertThatThrownBy(() -> this.documents.update(issued.id(), change, issued.version()))
			.isInstanceOf(ConflictException.class)
			.extracting((e) -> ((DomainException) e).messageKey())
			.isEqualTo("directive.document.alreadyIssued");
		assertThatThrownBy(() -> this.documents.issue(issued.id())).isInstanceOf(ConflictException.class);
	}

	@Test
	void aDraftIsEditableAndAStaleEditIsRefused() {
		long id = this.documents.create(DocumentFixtures.draft(this.committee, DocumentType.PLAN, IN_2026));
		DocumentDraft change = new DocumentDraft(this.committee, DocumentType.REPORT, "", "Đảng ủy thử",
				"Báo cáo sơ kết", "Thân", "Hà Tĩnh", IN_2026, "T/M Đảng ủy", "Phó Bí thư", "Lê Văn An",
				"- Lưu Văn phòng.", 13, null);
		this.documents.update(id, change, 0);
		PartyDocument changed = this.documents.get(id);
		assertThat(changed.type()).isEqualTo(DocumentType.REPORT);
		assertThat(changed.signerTitle()).isEqualTo("Phó Bí thư");
		assertThat(changed.fontSize()).isEqualTo(13);
		assertThatThrownBy(() -> this.documents.update(id, change, 0)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aDateOutsideEveryTermIsRefusedOnTheDateField() {
		long id = this.documents
			.create(DocumentFixtures.draft(this.committee, DocumentType.PLAN, LocalDate.of(2031, 1, 5)));
		assertThatThrownBy(() -> this.documents.issue(id)).isInstanceOf(DomainException.class)
			.extracting((e) -> ((DomainException) e).field())
			.isEqualTo("date");
	}

	@Test
	void anotherUnitsOfficeDoesNotSeeTheDocument() {
		long id = this.documents.create(DocumentFixtures.draft(this.committee, DocumentType.PLAN, IN_2026));
		long other = this.fixtures.unit("GRASSROOTS_COMMITTEE", "Đảng bộ khác", null);
		TestCallers.runAs(TestCallers.withRole(Role.COMMITTEE_OFFICE, other));
		assertThatThrownBy(() -> this.documents.get(id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.documents.issue(id)).isInstanceOf(NotFoundException.class);
		TestCallers.runAs(TestCallers.withRole(Role.UNION_OFFICER, this.committee));
		assertThatThrownBy(() -> this.documents.get(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void twoConcurrentIssuesTakeDifferentNumbers() throws Exception {
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			drafts.add(this.documents.create(DocumentFixtures.draft(this.committee, DocumentType.DECISION, IN_2026)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (long id : drafts) {
				results.add(pool.submit(() -> {
					TestCallers.runAs(office());
					start.await();
					try {
						return this.documents.issue(id).number();
					}
					finally {
						TestCallers.clear();
					}
				}));
			}
			start.countDown();
			Set<Integer> numbers = new java.util.HashSet<>();
			for (Future<Integer> f : results) {
				numbers.add(f.get(60, TimeUnit.SECONDS));
			}
			assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private PartyDocument issue(DocumentType type, LocalDate date) {
		long id = this.documents.create(DocumentFixtures.draft(this.committee, type, date));
		return this.documents.issue(id);
	}

}
