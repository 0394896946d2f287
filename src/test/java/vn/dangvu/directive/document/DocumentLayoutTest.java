package vn.dangvu.directive.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.PartyText;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLayoutTest {

	@Test
	void headerCarriesBodiesInCapitalsTheNumberAndTheDateLine() {
		DocumentLayout layout = DocumentLayout.of(SampleDocuments.plan(448));
		assertThat(layout.superiorLine()).isEqualTo("ĐẢNG BỘ CỤC HẢI QUAN");
		assertThat(layout.issuerLine()).isEqualTo("ĐẢNG ỦY CHI CỤC HẢI QUAN KHU VỰC XI");
		assertThat(layout.numberLine()).isEqualTo("Số 448-KH/ĐU");
		assertThat(layout.partyLine()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(layout.dateLine()).isEqualTo("Hà Tĩnh, ngày 22 tháng 11 năm 2026");
		assertThat(layout.title()).isEqualTo("KẾ HOẠCH");
		assertThat(layout.onBehalf()).isEqualTo("T/M ĐẢNG ỦY");
		assertThat(layout.signerTitle()).isEqualTo("BÍ THƯ");
		assertThat(layout.recipients()).last().isEqualTo("- Lưu Văn phòng.");
	}

	@Test
	void smallNumbersAreWrittenWithTwoDigits() {
		assertThat(DocumentLayout.of(SampleDocuments.plan(1)).numberLine()).isEqualTo("Số 01-KH/ĐU");
	}

	@Test
	void aDraftLeavesTheNumberBlank() {
		DocumentLayout layout = DocumentLayout.of(SampleDocuments.plan(null));
		assertThat(layout.numberLine()).startsWith("Số ").endsWith("-KH/ĐU").doesNotContainPattern("\\d");
		assertThat(layout.draft()).isTrue();
	}

	@Test
	void anOfficialLetterHasNoTitleAndItsSummaryUnderTheNumber() {
		DocumentLayout layout = DocumentLayout
			.of(SampleDocuments.document(DocumentType.OFFICIAL_LETTER, 7, "triển khai kiểm tra"));
		assertThat(layout.title()).isNull();
		assertThat(layout.numberLine()).isEqualTo("Số 07-CV/ĐU");
		assertThat(layout.aboutLine()).isEqualTo("V/v triển khai kiểm tra");
	}

	@Test
	void bodySplitsIntoHeadingsParagraphsAndBullets() {
		var blocks = BodyBlock.parse(SampleDocuments.BODY);
		assertThat(blocks).extracting(BodyBlock::kind)
			.containsExactly(BodyBlock.Kind.PARAGRAPH, BodyBlock.Kind.HEADING, BodyBlock.Kind.PARAGRAPH,
					BodyBlock.Kind.BULLET, BodyBlock.Kind.BULLET, BodyBlock.Kind.HEADING, BodyBlock.Kind.PARAGRAPH);
		assertThat(blocks.get(1).text()).isEqualTo("I. MỤC ĐÍCH, YÊU CẦU");
	}

	@Test
	void recipientsGetADashEach() {
		assertThat(DocumentLayout.recipientLines("Các chi bộ,\n\n- Lưu Văn phòng.")).containsExactly("- Các chi bộ,",
				"- Lưu Văn phòng.");
	}

	@Test
	void aTextOfAnotherModuleHasNoNumberNoRecipientsAndTwoSigners() {
		PartyText text = new PartyText("Đảng bộ Cục Hải quan", "Chi bộ Phòng Tổ chức", "", LocalDate.of(2026, 2, 3),
				"Biên bản", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 2 NĂM 2026",
				List.of(PartyText.Block.heading("I. THÀNH PHẦN"), PartyText.Block.bullet("- Chủ trì: đồng chí A.")),
				new PartyText.Signature("", "Thư ký", "Lê Văn B"),
				new PartyText.Signature("", "Chủ trì", "Trần Văn A"));
		DocumentLayout layout = DocumentLayout.of(text);
		assertThat(layout.superiorLine()).isEqualTo("ĐẢNG BỘ CỤC HẢI QUAN");
		assertThat(layout.issuerLine()).isEqualTo("CHI BỘ PHÒNG TỔ CHỨC");
		assertThat(layout.numberLine()).isNull();
		assertThat(layout.dateLine()).isEqualTo("ngày 03 tháng 02 năm 2026");
		assertThat(layout.title()).isEqualTo("BIÊN BẢN");
		assertThat(layout.blocks()).extracting(BodyBlock::kind)
			.containsExactly(BodyBlock.Kind.HEADING, BodyBlock.Kind.BULLET);
		assertThat(layout.recipients()).isEmpty();
		assertThat(layout.leftSigner()).isEqualTo(new DocumentLayout.Signer("", "THƯ KÝ", "Lê Văn B"));
		assertThat(layout.signerTitle()).isEqualTo("CHỦ TRÌ");
		assertThat(layout.signerName()).isEqualTo("Trần Văn A");
		assertThat(DocumentLayout.of(SampleDocuments.plan(448)).leftSigner()).isNull();
	}

}
