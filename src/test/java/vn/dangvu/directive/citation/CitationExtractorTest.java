package vn.dangvu.directive.citation;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dangvu.directive.DocumentType;

import static org.assertj.core.api.Assertions.assertThat;

class CitationExtractorTest {

	private final CitationExtractor extractor = new CitationExtractor();

	@Test
	void numbersThatAreNotCitationsAreNotReported() {
		String text = "Năm 2020 có 235 hoạt động, kinh phí 260 triệu đồng; giai đoạn 2020-2025, nhiệm kỳ 2020 - 2025; "
				+ "họp lúc 14h30 ngày 19/2/2020 (19/02/2020); điện thoại 0912-345-678, 024.3825.6789; đạt 97,5%; "
				+ "18/235 chi bộ; 38/40 đảng viên; 1/3 số phiếu; 2-3 lần/tuần; mẫu 2-KNĐ; số 12 phố Trần Hưng Đạo; "
				+ "Covid-19; 5.000 đồng/tháng; văn bản 1590; V/v họp; tầng 3/5.";
		Extraction x = this.extractor.extract(text);
		assertThat(x.citations()).isEmpty();
		assertThat(x.namedReferences()).isEmpty();
	}

	@Test
	void offsetsPointIntoTheInputEvenWhenItIsDecomposed() {
		String nfc = "Thực hiện Quyết định số 99-QĐ/TW ngày 19/2/2020 của Ban Bí thư.";
		String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
		Extraction x = this.extractor.extract(nfd);
		assertThat(x.citations()).hasSize(1);
		ExtractedCitation c = x.citations().get(0);
		assertThat(nfd.substring(c.start(), c.end())).isEqualTo(c.raw());
		assertThat(Normalizer.normalize(c.raw(), Normalizer.Form.NFC)).isEqualTo("99-QĐ/TW");
		assertThat(c.citation().format()).isEqualTo("99-QĐ/TW");
		assertThat(c.date()).isEqualTo(LocalDate.of(2020, 2, 19));
		assertThat(c.issuerName()).isEqualTo("Ban Bí thư");
	}

	@Test
	void aCitationAcrossALineBreakKeepsItsRawTextAndOffsets() {
		String text = "ban hành Kế hoạch số 03-\r\nKH/BCĐTW về tổng kết";
		ExtractedCitation c = this.extractor.extract(text).citations().get(0);
		assertThat(c.raw()).isEqualTo("03-\r\nKH/BCĐTW");
		assertThat(c.start()).isEqualTo(text.indexOf("03-"));
		assertThat(c.end()).isEqualTo(text.indexOf(" về"));
	}

	@Test
	void theWordBeforeTheNumberDecidesBetweenDecisionAndRegulation() {
		Extraction x = this.extractor
			.extract("Quyết định số 99-QĐ/TW và Quy định số 294-QĐ/TW; Quy định 366-QĐ/TW; căn cứ 124-QĐ/TW.");
		assertThat(x.citations()).extracting((c) -> c.citation().documentType())
			.containsExactly(DocumentType.DECISION, DocumentType.REGULATION, DocumentType.REGULATION,
					DocumentType.DECISION);
	}

	@Test
	void aBareNumberCountsOnlyAfterCongVanOrVanBanSo() {
		assertThat(this.extractor.extract("công văn 1590 ngày 09/7/2020").citations()).hasSize(1);
		assertThat(this.extractor.extract("văn bản số 1590 ngày 09/7/2020").citations()).hasSize(1);
		assertThat(this.extractor.extract("văn bản 1590 ngày 09/7/2020").citations()).isEmpty();
		assertThat(this.extractor.extract("có 1590 đảng viên").citations()).isEmpty();
		assertThat(this.extractor.extract("công văn số 12/2020 của tỉnh").citations()).isEmpty();
	}

	@Test
	void namedReferencesAreReportedSeparately() {
		String text = "Thực hiện Nghị quyết Trung ương 6 khóa XII, Nghị quyết Đại hội XIII và Chỉ thị của Ban Bí thư về "
				+ "công tác dân vận; Nghị quyết số 19-NQ/TW của Bộ Chính trị.";
		Extraction x = this.extractor.extract(text);
		assertThat(x.citations()).extracting((c) -> c.citation().format()).containsExactly("19-NQ/TW");
		assertThat(x.namedReferences()).extracting(NamedReference::raw)
			.containsExactly("Nghị quyết Trung ương 6 khóa XII", "Nghị quyết Đại hội XIII",
					"Chỉ thị của Ban Bí thư về công tác dân vận");
		NamedReference directive = x.namedReferences().get(2);
		assertThat(directive.type()).isEqualTo(DocumentType.DIRECTIVE);
		assertThat(directive.description()).isEqualTo("của Ban Bí thư về công tác dân vận");
		assertThat(text.substring(directive.start(), directive.end())).isEqualTo(directive.raw());
	}

	@Test
	void malformedCitationsInTextAreLeftOut() {
		assertThat(this.extractor.extract("theo 448/KH-ĐU-TW và 448-XY/ĐU, 0-KH/ĐU").citations()).isEmpty();
	}

	@Test
	void emptyTextGivesNothing() {
		assertThat(this.extractor.extract("").citations()).isEmpty();
		assertThat(this.extractor.extract(null).namedReferences()).isEmpty();
	}

}
