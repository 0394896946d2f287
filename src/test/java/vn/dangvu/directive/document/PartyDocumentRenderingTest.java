package vn.dangvu.directive.document;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import vn.dangvu.testkit.PdfPage;
import vn.dangvu.testkit.PdfPage.Word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generated PDF rendered to PNG by poppler, each block checked where Hướng dẫn
 * 36-HD/VPTW puts it; the DOCX reopened with POI.
 */
class PartyDocumentRenderingTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final double MM = 72 / 25.4;

	@Test
	void pdfPageOneHasEveryBlockInItsPlace() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Path pdf = SCREENSHOTS.resolve("party-document.pdf");
		Files.write(pdf, PdfRendering.render(DocumentLayout.of(SampleDocuments.plan(448))));
		PdfPage page = PdfPage.read(pdf, SCREENSHOTS.resolve("party-document.png"));

		assertThat(page.width()).isCloseTo(595, within(1.0));
		assertThat(page.height()).isCloseTo(842, within(1.0));
		double half = page.width() / 2;
		double textLeft = 30 * MM;
		double textRight = page.width() - 15 * MM;
		double textCentre = (textLeft + textRight) / 2;

		// Header left: superior body, issuer, number; header right: party line and date.
		Word number = page.first("448-KH/ĐU");
		assertThat(number.xMax()).isLessThan(half);
		assertThat(number.yMin()).isLessThan(page.height() * 0.2);
		Word issuer = page.first("ỦY");
		assertThat(issuer.xMax()).isLessThan(half);
		Word party = page.first("CỘNG");
		assertThat(party.xMin()).isGreaterThan(half);
		assertThat(party.yMin()).isLessThan(number.yMin());
		Word date = page.first("ngày");
		assertThat(date.xMin()).isGreaterThan(half);
		assertThat(date.yMin()).isLessThan(page.height() * 0.2);
		assertThat(page.first("Tĩnh,").xMin()).isGreaterThan(half);

		// Title centred below the header, in the text area.
		Word ke = page.first("KẾ");
		Word hoach = page.first("HOẠCH");
		assertThat(ke.yMin()).isGreaterThan(number.yMax());
		assertThat(hoach.yMin()).isCloseTo(ke.yMin(), within(1.0));
		assertThat((ke.xMin() + hoach.xMax()) / 2).isCloseTo(textCentre, within(6.0));

		// Body starts at the left margin (justified, first-line indent 10 mm).
		Word firstBodyWord = page.first("Thực");
		assertThat(firstBodyWord.xMin()).isCloseTo(textLeft + 10 * MM, within(3.0));
		assertThat(firstBodyWord.yMin()).isGreaterThan(hoach.yMax());

		// Signature block at the right, recipients bottom left, both below the body.
		Word onBehalf = page.first("T/M");
		Word secretary = page.last("THƯ");
		Word signer = page.first("Hùng");
		assertThat(onBehalf.centreX()).isGreaterThan(textCentre);
		assertThat(secretary.xMin()).isGreaterThan(half);
		assertThat(signer.yMin()).isGreaterThan(secretary.yMax() + 30);
		Word recipients = page.first("nhận:");
		assertThat(recipients.xMax()).isLessThan(page.width() * 0.35);
		assertThat(recipients.yMin()).isGreaterThan(firstBodyWord.yMax());
		Word keep = page.first("Lưu");
		assertThat(keep.xMin()).isLessThan(half);
		assertThat(keep.yMin()).isGreaterThan(recipients.yMax());

		// The glyphs were drawn (fonts embedded, Vietnamese included), not just placed.
		for (Word w : List.of(number, issuer, party, date, ke, hoach, onBehalf, secretary, signer, recipients)) {
			assertThat(page.ink(w)).as("ink in \"%s\"", w.text()).isGreaterThan(0.05);
		}
		assertThat(page.fonts()).contains("LiberationSerif").contains("Identity-H").doesNotContain(" no ");
	}

	@Test
	void anOfficialLetterPutsItsSubjectUnderTheNumberAndHasNoTitle() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Path pdf = SCREENSHOTS.resolve("party-document-letter.pdf");
		Files.write(pdf, PdfRendering.render(DocumentLayout
			.of(SampleDocuments.document(vn.dangvu.directive.DocumentType.OFFICIAL_LETTER, 7, "triển khai kiểm tra"))));
		PdfPage page = PdfPage.read(pdf, SCREENSHOTS.resolve("party-document-letter.png"));
		Word number = page.first("07-CV/ĐU");
		Word about = page.first("V/v");
		assertThat(about.xMax()).isLessThan(page.width() / 2);
		assertThat(about.yMin()).isGreaterThan(number.yMax() - 1);
		assertThat(page.words()).extracting(Word::text).doesNotContain("CÔNG");
	}

	@Test
	void aLongBodyFlowsOntoMorePagesWithTheHeaderOnPageOne() throws Exception {
		PartyDocument plan = SampleDocuments.plan(12);
		String longBody = (SampleDocuments.BODY + "\n").repeat(6);
		PartyDocument longPlan = new PartyDocument(plan.id(), plan.unitId(), plan.unitName(), plan.issuerId(),
				plan.issuerCode(), plan.type(), plan.status(), plan.superiorName(), plan.issuerName(), plan.summary(),
				longBody, plan.place(), plan.date(), plan.onBehalf(), plan.signerTitle(), plan.signerName(),
				plan.recipients(), 13, null, null, plan.number(), plan.citation(), null, plan.issuedAt(), null, 0);
		byte[] bytes = PdfRendering.render(DocumentLayout.of(longPlan));
		try (var reader = new com.lowagie.text.pdf.PdfReader(bytes)) {
			assertThat(reader.getNumberOfPages()).isGreaterThan(1);
			var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
			assertThat(text.getTextFromPage(1)).contains("12-KH/ĐU");
			assertThat(text.getTextFromPage(reader.getNumberOfPages())).contains("Trần Văn Hùng");
		}
	}

	@Test
	void docxHasTheHeaderTableNumberTitleAndSignatureLines() throws Exception {
		byte[] bytes = DocxRendering.render(DocumentLayout.of(SampleDocuments.plan(448)));
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("party-document.docx"), bytes);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<XWPFTable> tables = doc.getTables();
			assertThat(tables).hasSize(2);
			XWPFTableCell left = tables.get(0).getRow(0).getCell(0);
			XWPFTableCell right = tables.get(0).getRow(0).getCell(1);
			assertThat(lines(left)).containsExactly("ĐẢNG BỘ CỤC HẢI QUAN", "ĐẢNG ỦY CHI CỤC HẢI QUAN KHU VỰC XI", "*",
					"Số 448-KH/ĐU");
			assertThat(left.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
			XWPFRun partyRun = right.getParagraphs().get(0).getRuns().get(0);
			assertThat(partyRun.text()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
			assertThat(partyRun.isBold()).isTrue();
			assertThat(partyRun.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
			XWPFRun dateRun = right.getParagraphs().get(1).getRuns().get(0);
			assertThat(dateRun.text()).isEqualTo("Hà Tĩnh, ngày 22 tháng 11 năm 2026");
			assertThat(dateRun.isItalic()).isTrue();

			XWPFParagraph title = paragraph(doc, (text) -> text.equals("KẾ HOẠCH"));
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(title.getRuns().get(0).isBold()).isTrue();
			assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("Về việc học tập, quán triệt Nghị quyết Đại hội Đảng bộ", "I. MỤC ĐÍCH, YÊU CẦU");
			XWPFParagraph body = paragraph(doc, (text) -> text.startsWith("Thực hiện"));
			assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
			assertThat(body.getIndentationFirstLine()).isPositive();
			assertThat(body.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);

			XWPFTableCell recipients = tables.get(1).getRow(0).getCell(0);
			XWPFTableCell signature = tables.get(1).getRow(0).getCell(1);
			assertThat(lines(signature)).containsExactly("T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Hùng");
			assertThat(lines(recipients)).first().isEqualTo("Nơi nhận:");
			assertThat(lines(recipients)).last().isEqualTo("- Lưu Văn phòng.");
			XWPFRun label = recipients.getParagraphs().get(0).getRuns().get(0);
			assertThat(label.isItalic()).isTrue();
			assertThat(label.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
			assertThat(recipients.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);

			var margins = doc.getDocument().getBody().getSectPr().getPgMar();
			assertThat(((java.math.BigInteger) margins.getLeft()).intValue()).isEqualTo(1701);
			assertThat(((java.math.BigInteger) margins.getRight()).intValue()).isEqualTo(850);
			assertThat(((java.math.BigInteger) doc.getDocument().getBody().getSectPr().getPgSz().getW()).intValue())
				.isEqualTo(11906);
		}
	}

	/** The first paragraph of the document whose text passes the test. */
	private static XWPFParagraph paragraph(XWPFDocument doc, Predicate<String> text) {
		return doc.getParagraphs().stream().filter((p) -> text.test(p.getText())).findFirst().orElseThrow();
	}

	private static List<String> lines(XWPFTableCell cell) {
		return cell.getParagraphs()
			.stream()
			.map(XWPFParagraph::getText)
			.filter((t) -> !t.isEmpty())
			.collect(Collectors.toList());
	}

}
