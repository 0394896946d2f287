package vn.dangvu.meeting;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.testkit.PdfPage;
import vn.dangvu.testkit.PdfPage.Word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.meeting.MeetingFixtures.patchJson;

/**
 * The minutes of a recorded and graded meeting, downloaded through the API: the PDF
 * rendered to PNG by poppler and checked block by block where Hướng dẫn 36-HD/VPTW puts
 * it (as the Party documents' test does), the DOCX reopened with POI and read block by
 * block (decision 0226).
 */
@IntegrationTest
class MeetingMinutesDocumentTest extends MeetingTestBase {

	MeetingMinutesDocumentTest() {
		super("minutes");
	}

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final double MM = 72 / 25.4;

	static final Map<String, String> GRADES = Map.of("GOOD", "Tốt", "FAIR", "Khá", "AVERAGE", "Trung bình", "POOR",
			"Kém");

	long meeting;

	String cellName;

	String grade;

	@BeforeEach
	void aRecordedAndGradedMeeting() throws Exception {
		this.cellName = this.jdbc.sql("select name from unit_ref where id = :id")
			.param("id", this.cell.cell())
			.query(String.class)
			.single();
		// the committee's document template gives the place of the date line
		this.jdbc
			.sql("""
					insert into party_doc_template (unit_id, doc_type, issuer_name, on_behalf, signer_title, place, updated_by)
					values (:unit, null, 'Đảng ủy thử', 'T/M Đảng ủy', 'Bí thư', 'Hà Tĩnh', 'test')""")
			.param("unit", this.cell.root())
			.update();
		this.meeting = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-05");
		List<Long> full = this.cell.full();
		String record = """
				{"record": {"heldFrom": "14:00", "heldTo": "16:00", "chairId": %d, "secretaryId": %d,
				  "guests": "Đồng chí Nguyễn Khách Mời, Đảng ủy cấp trên",
				  "absences": [{"personId": %d, "presence": "EXCUSED", "reason": "Ốm"},
				               {"personId": %d, "presence": "UNEXCUSED"}],
				  "speakers": [%d, %d, %d],
				  "agenda": [{"title": "Đánh giá kết quả tháng 6",
				              "notes": "Chi ủy báo cáo kết quả thực hiện nhiệm vụ.\\n- Hoàn thành kế hoạch công tác tháng."},
				             {"title": "Kiểm điểm đảng viên", "criticism": true,
				              "notes": "Đồng chí Phạm Thử Ba tự nhận khuyết điểm về thời hạn báo cáo."}],
				  "resolution": "Chi bộ thống nhất nghị quyết tháng 7.\\n- Hoàn thành báo cáo trước ngày 25/7/2026.",
				  "votesFor": 3, "votesAgainst": 0, "votesAbstain": 0}}"""
			.formatted(full.get(0), full.get(1), full.get(3), full.get(4), full.get(0), full.get(2),
					this.cell.probationary());
		this.mvc.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + this.meeting, record))
			.andExpect(status().isOk());
		String graded = this.mvc.perform(patchJson(this.cell.office(), "/api/v1/meetings/" + this.meeting, """
				{"grade": {"scores": {"PREPARATION": 10, "DRAFT_RESOLUTION": 5, "ORDER": 10, "CRITICISM": 10}}}"""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.grade = GRADES.get(JsonPath.<String>read(graded, "$.score.computed"));
	}

	MvcResult download(String extension) throws Exception {
		return this.mvc
			.perform(get("/api/v1/meetings/{id}/minutes." + extension, this.meeting)
				.with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andReturn();
	}

	@Test
	void thePdfHasEveryBlockWhereThePartyLayoutPutsIt() throws Exception {
		MvcResult res = download("pdf");
		assertThat(res.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		String disposition = res.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''Bi%C3%AAn");
		assertThat(ContentDisposition.parse(disposition).getFilename())
			.isEqualTo("Biên bản sinh hoạt " + this.cellName + " 05-06-2026.pdf");
		byte[] bytes = res.getResponse().getContentAsByteArray();
		Files.createDirectories(SCREENSHOTS);
		Path pdf = SCREENSHOTS.resolve("meeting-minutes.pdf");
		Files.write(pdf, bytes);
		int pages;
		try (PdfReader reader = new PdfReader(bytes)) {
			pages = reader.getNumberOfPages();
		}
		PdfPage page = PdfPage.read(pdf, SCREENSHOTS.resolve("meeting-minutes.png"));
		assertThat(page.width()).isCloseTo(595, within(1.0));
		assertThat(page.height()).isCloseTo(842, within(1.0));
		double half = page.width() / 2;
		double textLeft = 30 * MM;
		double textRight = page.width() - 15 * MM;
		double textCentre = (textLeft + textRight) / 2;

		// Header left: the committee above, the cell, the star, and no number.
		Word issuer = page.first("CHI");
		assertThat(issuer.xMax()).isLessThan(half);
		assertThat(issuer.yMin()).isLessThan(page.height() * 0.2);
		Word superior = all(page, "ĐẢNG").stream().filter((w) -> w.xMax() < half).findFirst().orElseThrow();
		assertThat(superior.yMax()).isLessThanOrEqualTo(issuer.yMin() + 1);
		Word star = page.first("*");
		assertThat(star.centreX()).isLessThan(half);
		assertThat(star.yMin()).isGreaterThan(issuer.yMax() - 1);
		assertThat(page.words()).extracting(Word::text).doesNotContain("Số");
		// Header right: the party line, then the place and date in the date line.
		Word party = page.first("CỘNG");
		assertThat(party.xMin()).isGreaterThan(half);
		assertThat(party.yMin()).isLessThan(star.yMin());
		Word place = page.first("Tĩnh,");
		Word date = page.first("ngày");
		assertThat(place.xMin()).isGreaterThan(half);
		assertThat(date.xMin()).isGreaterThan(place.xMax());
		assertThat(date.yMin()).isCloseTo(place.yMin(), within(1.0)).isLessThan(page.height() * 0.2);

		// Title and subtitle centred in the text area below the header.
		Word bien = page.first("BIÊN");
		Word ban = page.first("BẢN");
		assertThat(bien.yMin()).isGreaterThan(star.yMax());
		assertThat(ban.yMin()).isCloseTo(bien.yMin(), within(1.0));
		assertThat((bien.xMin() + ban.xMax()) / 2).isCloseTo(textCentre, within(6.0));
		List<Word> subtitle = line(page, page.first("SINH"));
		assertThat(subtitle).extracting(Word::text)
			.containsExactly("SINH", "HOẠT", "CHI", "BỘ", "THƯỜNG", "KỲ", "THÁNG", "6", "NĂM", "2026");
		assertThat(subtitle.get(0).yMin()).isGreaterThan(bien.yMax());
		assertThat((subtitle.get(0).xMin() + subtitle.get(subtitle.size() - 1).xMax()) / 2).isCloseTo(textCentre,
				within(6.0));

		// The body from the left margin with the first-line indent, headings in order.
		Word opening = page.first("Hôm");
		assertThat(opening.xMin()).isCloseTo(textLeft + 10 * MM, within(3.0));
		assertThat(opening.yMin()).isGreaterThan(subtitle.get(0).yMax());
		Word members = page.first("THÀNH");
		Word content = page.first("NỘI");
		assertThat(members.yMin()).isGreaterThan(opening.yMax());
		assertThat(content.yMin()).isGreaterThan(members.yMax());
		assertThat(page.first("I.").xMin()).isCloseTo(textLeft + 10 * MM, within(3.0));
		for (Word w : List.of(issuer, superior, party, date, bien, ban, subtitle.get(0), opening, members)) {
			assertThat(page.ink(w)).as("ink in \"%s\"", w.text()).isGreaterThan(0.05);
		}
		assertThat(page.fonts()).contains("LiberationSerif").contains("Identity-H").doesNotContain(" no ");

		// The two signatures side by side on the last page: the secretary left, the chair
		// right, each name under room to sign; no recipients.
		PdfPage last = (pages == 1) ? page : PdfPage.read(pdf, SCREENSHOTS.resolve("meeting-minutes-last.png"), pages);
		Word secretary = last.last("THƯ");
		Word chair = last.last("CHỦ");
		assertThat(secretary.xMax()).isLessThan(half);
		assertThat(chair.xMin()).isGreaterThan(half);
		assertThat(chair.yMin()).isCloseTo(secretary.yMin(), within(1.0));
		double textWidth = textRight - textLeft;
		assertThat((secretary.xMin() + last.last("KÝ").xMax()) / 2).isCloseTo(textLeft + textWidth / 4, within(6.0));
		assertThat((chair.xMin() + last.last("TRÌ").xMax()) / 2).isCloseTo(textLeft + textWidth * 3 / 4, within(6.0));
		Word secretaryName = last.last("Hai");
		Word chairName = last.last("Một");
		assertThat(secretaryName.xMax()).isLessThan(half);
		assertThat(secretaryName.yMin()).isGreaterThan(secretary.yMax() + 30);
		assertThat(chairName.xMin()).isGreaterThan(half);
		assertThat(chairName.yMin()).isCloseTo(secretaryName.yMin(), within(1.0));
		assertThat(last.words()).extracting(Word::text).doesNotContain("nhận:");
		for (Word w : List.of(secretary, chair, secretaryName, chairName)) {
			assertThat(last.ink(w)).as("ink in \"%s\"", w.text()).isGreaterThan(0.05);
		}
	}

	@Test
	void theDocxCarriesTheHeaderTheRecordBlockByBlockAndTwoSignatures() throws Exception {
		MvcResult res = download("docx");
		assertThat(ContentDisposition.parse(res.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.isEqualTo("Biên bản sinh hoạt " + this.cellName + " 05-06-2026.docx");
		byte[] bytes = res.getResponse().getContentAsByteArray();
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("meeting-minutes.docx"), bytes);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<XWPFTable> tables = doc.getTables();
			assertThat(tables).hasSize(2);
			XWPFTableCell left = tables.get(0).getRow(0).getCell(0);
			XWPFTableCell right = tables.get(0).getRow(0).getCell(1);
			String upper = this.cellName.toUpperCase(java.util.Locale.forLanguageTag("vi"));
			assertThat(lines(left)).containsExactly(upper.replace("CHI BỘ ", "ĐẢNG BỘ "), upper, "*");
			assertThat(left.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
			assertThat(right.getParagraphs().get(0).getRuns().get(0).text()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
			assertThat(right.getParagraphs().get(0).getRuns().get(0).getUnderline())
				.isEqualTo(UnderlinePatterns.SINGLE);
			assertThat(right.getParagraphs().get(1).getText()).isEqualTo("Hà Tĩnh, ngày 05 tháng 6 năm 2026");
			assertThat(right.getParagraphs().get(1).getRuns().get(0).isItalic()).isTrue();

			List<String> body = doc.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.filter((t) -> !t.isEmpty())
				.toList();
			assertThat(body).containsExactly("BIÊN BẢN", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2026", "-----",
					"Hôm nay, hồi 14 giờ 00 ngày 5 tháng 6 năm 2026, tại Phòng họp, " + this.cellName
							+ " tiến hành sinh hoạt thường kỳ tháng 6 năm 2026.",
					"I. THÀNH PHẦN", "- Chủ trì: đồng chí Trần Thử Một.", "- Thư ký: đồng chí Lê Thử Hai.",
					"- Tổng số đảng viên của chi bộ: 6 đồng chí (5 chính thức, 1 dự bị).",
					"- Có mặt: 4/6 đồng chí, trong đó 1 đảng viên dự bị.",
					"- Vắng có lý do: 1 đồng chí: Hoàng Thử Bốn (Ốm).", "- Vắng không lý do: 1 đồng chí: Vũ Thử Năm.",
					"- Khách mời: Đồng chí Nguyễn Khách Mời, Đảng ủy cấp trên.", "II. NỘI DUNG",
					"1. Đánh giá kết quả tháng 6", "Chi ủy báo cáo kết quả thực hiện nhiệm vụ.",
					"- Hoàn thành kế hoạch công tác tháng.", "2. Kiểm điểm đảng viên (tự phê bình và phê bình)",
					"Đồng chí Phạm Thử Ba tự nhận khuyết điểm về thời hạn báo cáo.",
					"Ý kiến phát biểu: 3/4 đồng chí dự họp đã phát biểu (các đồng chí Phạm Thử Ba, Trần Thử Một, Đỗ Thử Sáu).",
					"III. NGHỊ QUYẾT", "Chi bộ thống nhất nghị quyết tháng 7.",
					"- Hoàn thành báo cáo trước ngày 25/7/2026.",
					"Kết quả biểu quyết (3 đảng viên chính thức có mặt): tán thành 3/3, không tán thành 0/3, không biểu quyết 0/3.",
					"Xếp loại chất lượng sinh hoạt: " + this.grade + ".",
					"Buổi sinh hoạt kết thúc hồi 16 giờ 00 cùng ngày.");
			XWPFParagraph title = paragraph(doc, "BIÊN BẢN");
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(title.getRuns().get(0).isBold()).isTrue();
			assertThat(paragraph(doc, "II. NỘI DUNG").getRuns().get(0).isBold()).isTrue();
			XWPFParagraph opening = doc.getParagraphs()
				.stream()
				.filter((p) -> p.getText().startsWith("Hôm nay"))
				.findFirst()
				.orElseThrow();
			assertThat(opening.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
			assertThat(opening.getRuns().get(0).isBold()).isFalse();
			assertThat(opening.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
			assertThat(opening.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);

			XWPFTableCell secretary = tables.get(1).getRow(0).getCell(0);
			XWPFTableCell chair = tables.get(1).getRow(0).getCell(1);
			assertThat(lines(secretary)).containsExactly("THƯ KÝ", "Lê Thử Hai");
			assertThat(lines(chair)).containsExactly("CHỦ TRÌ", "Trần Thử Một");
			assertThat(secretary.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
		}
	}

	/** Every word of this text on the page, top first. */
	static List<Word> all(PdfPage page, String text) {
		return page.words()
			.stream()
			.filter((w) -> w.text().equals(text))
			.sorted(Comparator.comparingDouble(Word::yMin))
			.toList();
	}

	/** The words on the same line as this one, left to right. */
	static List<Word> line(PdfPage page, Word first) {
		return page.words()
			.stream()
			.filter((w) -> Math.abs(w.yMin() - first.yMin()) < 1)
			.sorted(Comparator.comparingDouble(Word::xMin))
			.toList();
	}

	static XWPFParagraph paragraph(XWPFDocument doc, String text) {
		return doc.getParagraphs().stream().filter((p) -> p.getText().equals(text)).findFirst().orElseThrow();
	}

	static List<String> lines(XWPFTableCell cell) {
		return cell.getParagraphs()
			.stream()
			.map(XWPFParagraph::getText)
			.filter((t) -> !t.isEmpty())
			.collect(Collectors.toList());
	}

}
